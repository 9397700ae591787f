/**
 * Places other than countries, written for Recoupe from general knowledge (no dataset): continents and
 * regions of the world, major world cities, French cities and regions, US states, Canadian provinces,
 * and places news about technology and finance keeps naming. One line per place, French and English
 * spellings separated by "|" (the first spelling is only a label; every spelling is looked up).
 */
export const PLACES: readonly string[] = [
  // continents and world regions
  'Europe', 'Afrique|Africa', 'Asie|Asia', 'Amérique du Nord|North America', 'Amérique du Sud|South America',
  'Amérique latine|Latin America', 'Océanie|Oceania', 'Antarctique|Antarctica', 'Moyen-Orient|Middle East',
  'Proche-Orient|Near East', 'Maghreb', 'Scandinavie|Scandinavia', 'Balkans', 'Caucase|Caucasus', 'Sahel',
  'Asie du Sud-Est|Southeast Asia', 'Europe de l’Est|Eastern Europe', 'Méditerranée|Mediterranean', 'Arctique|Arctic',
  'Pacifique|Pacific', 'Atlantique|Atlantic', 'Golfe persique|Persian Gulf', 'Occident', 'Angleterre|England',
  'Écosse|Scotland', 'Pays de Galles|Wales', 'Irlande du Nord|Northern Ireland', 'Sibérie|Siberia', 'Crimée|Crimea',
  'Donbass|Donbas', 'Cisjordanie|West Bank', 'Bande de Gaza|Gaza Strip', 'Kurdistan', 'Tibet', 'Xinjiang',
  'Catalogne|Catalonia', 'Bavière|Bavaria', 'Flandre|Flanders', 'Wallonie|Wallonia', 'Hong Kong', 'Macao|Macau',
  // places the news keeps naming
  'Silicon Valley', 'Wall Street', 'Maison-Blanche|White House', 'Capitole|Capitol Hill', 'Pentagone|Pentagon',
  'Kremlin', 'Élysée|Elysée', 'Matignon', 'Bercy', 'Westminster', 'Downing Street', 'Menlo Park', 'Palo Alto',
  'Mountain View', 'Cupertino', 'Redmond', 'Los Alamos', 'Davos', 'City of London', 'La Défense', 'Station F',
  'Saclay|Paris-Saclay', 'Sophia Antipolis', 'Bay Area', 'Manhattan', 'Brooklyn', 'Hollywood', 'Las Vegas',
  'Shenzhen', 'Hangzhou', 'Bangalore|Bengaluru', 'Tel Aviv', 'Dubaï|Dubai', 'Abou Dhabi|Abu Dhabi', 'Doha', 'Riyad|Riyadh',
  // world cities (French and English names)
  'Paris', 'Londres|London', 'Berlin', 'Madrid', 'Rome', 'Bruxelles|Brussels', 'Amsterdam', 'Vienne|Vienna',
  'Genève|Geneva', 'Zurich', 'Berne|Bern', 'Lisbonne|Lisbon', 'Barcelone|Barcelona', 'Milan', 'Munich|München',
  'Francfort|Frankfurt', 'Hambourg|Hamburg', 'Cologne|Köln', 'Stockholm', 'Oslo', 'Copenhague|Copenhagen',
  'Helsinki', 'Dublin', 'Édimbourg|Edinburgh', 'Manchester', 'Varsovie|Warsaw', 'Prague', 'Budapest',
  'Athènes|Athens', 'Moscou|Moscow', 'Saint-Pétersbourg|Saint Petersburg', 'Kiev|Kyiv', 'Minsk', 'Istanbul',
  'Ankara', 'Le Caire|Cairo', 'Alger|Algiers', 'Tunis', 'Rabat', 'Casablanca', 'Dakar', 'Abidjan', 'Lagos',
  'Nairobi', 'Johannesburg', 'Le Cap|Cape Town', 'Kinshasa', 'Addis-Abeba|Addis Ababa', 'Téhéran|Tehran',
  'Bagdad|Baghdad', 'Damas|Damascus', 'Beyrouth|Beirut', 'Jérusalem|Jerusalem', 'Amman', 'Kaboul|Kabul',
  'Islamabad', 'New Delhi|Delhi', 'Bombay|Mumbai', 'Pékin|Beijing', 'Shanghai|Shanghaï', 'Canton|Guangzhou',
  'Tokyo', 'Osaka', 'Séoul|Seoul', 'Pyongyang', 'Taipei|Taipeh', 'Singapour|Singapore', 'Bangkok', 'Hanoï|Hanoi',
  'Jakarta', 'Manille|Manila', 'Kuala Lumpur', 'Sydney', 'Melbourne', 'Canberra', 'Auckland', 'Wellington',
  'New York|New York City', 'Washington|Washington DC|Washington D.C.', 'Los Angeles', 'San Francisco', 'Seattle',
  'Boston', 'Chicago', 'Austin', 'Houston', 'Dallas', 'Miami', 'Atlanta', 'Denver', 'Phoenix', 'Philadelphie|Philadelphia',
  'Détroit|Detroit', 'San José|San Jose', 'San Diego', 'Pittsburgh', 'Baltimore', 'Nouvelle-Orléans|New Orleans',
  'Montréal|Montreal', 'Toronto', 'Vancouver', 'Ottawa', 'Québec|Quebec City', 'Mexico|Mexico City', 'Bogota|Bogotá',
  'Lima', 'Santiago', 'Buenos Aires', 'São Paulo|Sao Paulo', 'Rio de Janeiro', 'Brasilia|Brasília', 'Caracas', 'La Havane|Havana',
  // French cities and regions
  'Marseille', 'Lyon', 'Toulouse', 'Nice', 'Nantes', 'Strasbourg', 'Montpellier', 'Bordeaux', 'Lille', 'Rennes',
  'Reims', 'Toulon', 'Grenoble', 'Dijon', 'Angers', 'Nîmes', 'Clermont-Ferrand', 'Le Mans', 'Aix-en-Provence',
  'Brest', 'Tours', 'Limoges', 'Amiens', 'Perpignan', 'Metz', 'Besançon', 'Orléans', 'Rouen', 'Mulhouse', 'Caen',
  'Nancy', 'Avignon', 'Cannes', 'Antibes', 'Versailles', 'Poitiers', 'La Rochelle', 'Le Havre', 'Saint-Étienne',
  'Biarritz', 'Ajaccio', 'Bastia', 'Calais', 'Dunkerque', 'Lourdes', 'Chamonix', 'Vichy', 'Saint-Denis',
  'Boulogne-Billancourt', 'Nanterre', 'Issy-les-Moulineaux', 'Montreuil', 'Roubaix', 'Pau', 'Bayonne', 'Annecy',
  'Île-de-France', 'Hauts-de-France', 'Normandie|Normandy', 'Bretagne|Brittany', 'Pays de la Loire',
  'Centre-Val de Loire', 'Grand Est', 'Bourgogne-Franche-Comté', 'Nouvelle-Aquitaine', 'Occitanie',
  'Auvergne-Rhône-Alpes', 'Provence-Alpes-Côte d’Azur', 'Corse|Corsica', 'Provence', 'Alsace', 'Lorraine',
  'Bourgogne|Burgundy', 'Champagne', 'Savoie|Savoy', 'Auvergne', 'Gironde', 'Côte d’Azur|French Riviera',
  'Guadeloupe', 'Martinique', 'Guyane', 'La Réunion|Réunion', 'Mayotte', 'Nouvelle-Calédonie|New Caledonia',
  'Polynésie française|French Polynesia', 'Seine', 'Loire', 'Rhône', 'Alpes|Alps', 'Pyrénées|Pyrenees',
  // US states (French and English)
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'Californie|California', 'Caroline du Nord|North Carolina',
  'Caroline du Sud|South Carolina', 'Colorado', 'Connecticut', 'Dakota du Nord|North Dakota',
  'Dakota du Sud|South Dakota', 'Delaware', 'Floride|Florida', 'Géorgie|Georgia', 'Hawaï|Hawaii', 'Idaho',
  'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiane|Louisiana', 'Maine', 'Maryland', 'Massachusetts',
  'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey',
  'Nouveau-Mexique|New Mexico', 'État de New York|New York State', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvanie|Pennsylvania',
  'Rhode Island', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginie|Virginia', 'Virginie-Occidentale|West Virginia',
  'Wisconsin', 'Wyoming', 'État de Washington|Washington State',
  // Canadian provinces and other regions
  'Ontario', 'Colombie-Britannique|British Columbia', 'Alberta', 'Manitoba', 'Saskatchewan', 'Nouvelle-Écosse|Nova Scotia',
  'Nouveau-Brunswick|New Brunswick', 'Terre-Neuve|Newfoundland', 'Province de Québec|Province of Quebec',
  'Quebec|Québec', 'Écosse|Scotland', 'Lombardie|Lombardy', 'Toscane|Tuscany', 'Andalousie|Andalusia', 'Sicile|Sicily',
  'Sardaigne|Sardinia', 'Silésie|Silesia', 'Gujarat', 'Kerala', 'Punjab', 'Cachemire|Kashmir', 'Tchétchénie|Chechnya',
];

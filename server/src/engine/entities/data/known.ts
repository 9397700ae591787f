/**
 * Organisations, products and events a careful reader of French and English business and technology news
 * knows without being told. Written for Recoupe from general knowledge (no dataset). One line per entity,
 * spellings separated by "|" (every spelling is looked up; they belong to one entity). Kept short on
 * purpose: context cues do most of the typing, these only settle names that carry no cue.
 */
export const ORGANIZATIONS: readonly string[] = [
  // technology and AI
  'Meta', 'Google', 'Alphabet', 'Apple', 'Microsoft', 'Amazon', 'Netflix', 'Nvidia', 'Intel', 'AMD', 'IBM', 'Oracle',
  'Salesforce', 'Adobe', 'Qualcomm', 'Broadcom', 'Samsung', 'Huawei', 'Xiaomi', 'Tencent', 'Alibaba', 'Baidu',
  'ByteDance', 'Sony', 'Nintendo', 'Tesla', 'SpaceX', 'xAI', 'OpenAI', 'Anthropic', 'Google DeepMind|DeepMind', 'Mistral AI|Mistral',
  'Hugging Face', 'Cohere', 'Perplexity AI|Perplexity', 'Inflection AI', 'Stability AI', 'Midjourney', 'Runway',
  'Scale AI', 'Character.AI', 'Databricks', 'Snowflake', 'Palantir', 'Uber', 'Lyft', 'Airbnb', 'Spotify',
  'Deezer', 'Dailymotion', 'Ubisoft', 'Criteo', 'OVHcloud|OVH', 'Dassault Systèmes', 'Capgemini', 'Atos', 'Thales',
  'Orange', 'Bouygues', 'SFR', 'Iliad', 'Vivendi', 'Publicis', 'Havas', 'LinkedIn', 'GitHub', 'Twitter',
  'Pinterest', 'Reddit', 'TikTok', 'X Corp', 'Yahoo', 'eBay', 'PayPal', 'Stripe', 'Shopify', 'Dropbox', 'Cisco', 'Dell', 'HP', 'Lenovo', 'ASML', 'TSMC', 'SoftBank', 'Foxconn', 'Infosys', 'Accenture',
  'Deloitte', 'McKinsey', 'KPMG', 'PwC', 'EY', 'BlackRock', 'Goldman Sachs', 'Morgan Stanley', 'JPMorgan|JP Morgan',
  'Citigroup', 'Sequoia Capital|Sequoia', 'Andreessen Horowitz|a16z', 'Y Combinator', 'Tiger Global', 'Baird', 'CFRA',
  'Canva', 'Figma', 'Notion', 'Getty Images', 'Morningstar', 'Wedbush', 'DeepSeek', 'Moonshot AI', 'Zhipu AI',
  // French and European groups
  'Doctolib', 'Qonto', 'BlaBlaCar', 'Back Market', 'Contentsquare', 'Ledger', 'Mirakl', 'Alan', 'Vinted', 'Lydia', 'Ynsect',
  'TotalEnergies', 'LVMH', 'L’Oréal|L\'Oréal', 'Kering', 'Hermès', 'Chanel', 'Danone', 'Carrefour', 'Auchan',
  'Renault', 'Stellantis', 'Peugeot', 'Citroën', 'Michelin', 'Airbus', 'Safran', 'Dassault Aviation', 'Alstom',
  'EDF|Électricité de France', 'Engie', 'Veolia', 'Sanofi', 'Novo Nordisk', 'Pfizer', 'Moderna', 'AstraZeneca', 'GSK', 'Roche', 'Novartis', 'Bayer', 'Eli Lilly|Lilly',
  'Johnson & Johnson', 'Merck', 'BioNTech', 'Servier', 'Ipsen', 'bioMérieux', 'BNP Paribas', 'Société Générale', 'Crédit Agricole', 'AXA', 'Natixis', 'Bpifrance',
  'SNCF', 'RATP', 'Air France', 'La Poste', 'Volkswagen', 'BMW', 'Mercedes-Benz', 'Siemens', 'SAP', 'Bosch', 'Nestlé',
  'Unilever', 'General Motors|GM', 'General Electric|GE', 'Shell', 'BP', 'Philips', 'Ericsson', 'Nokia',
  'Premier League', 'Ligue 1', 'Bundesliga', 'Serie A', 'LaLiga|La Liga', 'NBA', 'NFL', 'FIFA', 'UEFA', 'CIO|IOC',
  // banks, retail and consumer groups
  'HSBC', 'Barclays', 'NatWest', 'Lloyds|Lloyds Banking Group', 'Santander', 'Deutsche Bank', 'UBS', 'Credit Suisse', 'ING',
  'Commerzbank', 'Crédit Mutuel', 'La Banque postale', 'Caisse d’épargne|Caisse d\'épargne', 'LCL|Crédit Lyonnais', 'Rothschild',
  'Lazard', 'Christian Dior|Dior', 'Louis Vuitton', 'Saint-Gobain', 'Pernod Ricard', 'Leboncoin', 'Fnac Darty', 'Decathlon',
  'Intermarché', 'Tesco', 'Sainsbury’s|Sainsbury\'s', 'Walmart', 'Coinbase', 'easyJet', 'Ryanair',
  'Lufthansa', 'British Airways', 'Castrol', 'Engie', 'Orano', 'Framatome', 'Ofgem', 'Ofcom', 'Ofsted', 'Ofwat', 'Kingfisher', 'Castorama',
  // football and sports clubs
  'Paris Saint-Germain|PSG', 'Olympique de Marseille|OM', 'Olympique lyonnais|OL', 'AS Monaco', 'LOSC', 'Stade rennais',
  'FC Nantes', 'RC Lens', 'Real Madrid', 'FC Barcelone|FC Barcelona|Barça', 'Atlético de Madrid|Atlético Madrid',
  'Bayern Munich|Bayern Munchen|Bayern', 'Borussia Dortmund', 'Juventus', 'Inter Milan|Inter', 'AC Milan', 'Manchester City',
  'Manchester United', 'Arsenal', 'Chelsea', 'Tottenham|Tottenham Hotspur', 'Liverpool FC', 'Aston Villa', 'Newcastle United', 'West Ham United|West Ham',
  'Everton', 'Nottingham Forest',
  // parties and unions
  'Les Républicains|LR|Républicains', 'Rassemblement national|RN', 'La France insoumise|LFI', 'Parti socialiste|PS',
  'Les Écologistes', 'Parti communiste', 'MoDem', 'Reconquête', 'Labour|Labour Party', 'Conservatives|Conservative Party|Tories|Conservative|Tory',
  'Reform UK', 'Liberal Democrats|Lib Dems', 'SNP', 'Sinn Féin', 'Democrats|Democratic Party', 'Republicans|Republican Party',
  'CDU', 'SPD', 'AfD', 'CGT', 'CFDT', 'Force ouvrière|FO', 'CFE-CGC', 'Unsa', 'Medef', 'CPME', 'TUC',
  // media and agencies
  'AFP|Agence France-Presse', 'Reuters', 'Bloomberg', 'Associated Press|AP', 'The Verge', 'TechCrunch', 'Wired',
  'The Information', 'New York Times|The New York Times|NYT', 'Wall Street Journal|The Wall Street Journal|WSJ',
  'Washington Post|The Washington Post', 'Financial Times|FT', 'The Economist', 'The Guardian', 'BBC', 'CNN', 'CNBC',
  'Fox News', 'Le Monde', 'Le Figaro', 'Libération', 'Les Echos|Les Échos', 'La Tribune', 'Le Parisien', 'L’Express',
  'Le Point', 'L’Obs', 'Mediapart', 'France Info|Franceinfo', 'France Inter', 'France Culture', 'RTL', 'Europe 1', 'LCI', 'Free Mobile', 'France Télévisions', 'Radio France', 'TF1', 'BFM TV|BFMTV',
  'Ouest-France', 'La Voix du Nord', 'Le Progrès', 'La Dépêche du Midi|La Dépêche', 'Le Télégramme',
  'Nice-Matin', 'La Provence', 'Le Dauphiné libéré', 'Midi libre', 'Le Républicain lorrain', 'La Montagne', 'Corse-Matin',
  'Le Journal du dimanche|JDD', 'Le Canard enchaîné', 'Marianne', 'L’Humanité', 'La Croix', 'Challenges', 'Sky News', 'ITV', 'Channel 4',
  'The Times', 'The Telegraph|Daily Telegraph', 'Daily Mail', 'The Sun', 'The Independent', 'The Observer', 'HuffPost', 'Le Temps', 'Les Affaires', 'Radio-Canada', 'Forbes', 'Fortune', 'Axios', 'Politico', 'Business Insider',
  // institutions
  'Union européenne|European Union|UE|EU', 'Commission européenne|European Commission',
  'Parlement européen|European Parliament', 'Banque centrale européenne|European Central Bank|BCE|ECB',
  'Nations unies|United Nations|ONU|UN', 'OTAN|NATO', 'FMI|IMF|Fonds monétaire international|International Monetary Fund',
  'Banque mondiale|World Bank', 'OMS|WHO|Organisation mondiale de la santé|World Health Organization', 'OCDE|OECD',
  'OMC|WTO', 'Unesco', 'Unicef', 'Réserve fédérale|Federal Reserve|Fed', 'Banque de France', 'Sénat|Senate',
  'Assemblée nationale', 'Conseil constitutionnel', 'Conseil d’État', 'Cour des comptes', 'Cour de cassation',
  'Congrès|Congress', 'Cour suprême|Supreme Court', 'FBI', 'CIA', 'NSA', 'NASA', 'FTC', 'SEC|Securities and Exchange Commission', 'FDA', 'CNIL', 'Arcep', 'Arcom', 'Anssi', 'Ademe', 'Urssaf', 'Caisse d’allocations familiales|CAF|Caf', 'Cnam',
  'AMF', 'Autorité de la concurrence', 'Insee', 'CNRS', 'Inria', 'CEA', 'MIT|Massachusetts Institute of Technology',
  'Stanford|Stanford University', 'Harvard|Harvard University', 'Princeton', 'Yale', 'Caltech',
  'Carnegie Mellon', 'Polytechnique', 'HEC', 'Sciences Po', 'Sorbonne', 'ENS',
  'Penn State',
  'NHS', 'NHS England', 'House of Commons|Commons', 'House of Lords', 'Bundestag', 'Knesset',
  'Bank of England', 'HM Treasury|Treasury', 'Home Office', 'Foreign Office', 'Cabinet Office', 'Interpol', 'Europol', 'Haut-Commissariat des Nations unies pour les réfugiés|HCR|UNHCR',
  'Programme alimentaire mondial|World Food Programme|PAM|WFP', 'Croix-Rouge|Red Cross', 'CICR|ICRC',
  'Médecins sans frontières|Médecins Sans Frontières|MSF', 'Amnesty International', 'Human Rights Watch',
  'Greenpeace', 'Save the Children', 'Oxfam', 'Action contre la faim|Action Against Hunger', 'Médecins du monde|Doctors of the World',
  'Handicap International|Humanity & Inclusion', 'World Vision', 'Norwegian Refugee Council', 'Secours populaire', 'Secours catholique', 'Restos du cœur|Restos du Cœur', 'Emmaüs', 'Fondation Abbé-Pierre', 'Conseil de sécurité|Security Council|UN Security Council', 'Cour pénale internationale|International Criminal Court|CPI|ICC',
  'Cour internationale de justice|International Court of Justice|CIJ|ICJ', 'ANSM', 'Haute Autorité de santé',
  'Santé publique France', 'Assurance maladie', 'Agence régionale de santé|ARS', 'Météo-France', 'Pôle emploi|France Travail',
];

export const PRODUCTS: readonly string[] = [
  'ChatGPT', 'GPT-4', 'GPT-4o', 'GPT-5', 'GPT-3', 'GPT-3.5', 'o1', 'o3', 'Sora', 'DALL-E', 'Codex', 'Whisper', 'Claude',
  'Gemini', 'Bard', 'Bard AI', 'Copilot', 'Llama', 'Grok', 'Le Chat', 'Perplexity Pro', 'Midjourney v6', 'Stable Diffusion',
  'Siri', 'Alexa', 'Cortana', 'iPhone', 'iPad', 'Mac', 'MacBook', 'Vision Pro', 'Apple Watch', 'AirPods', 'iOS',
  'macOS', 'Android', 'Windows', 'Linux', 'Chrome', 'Firefox', 'Safari', 'Kindle',
  'Ray-Ban Meta', 'PlayStation', 'Xbox', 'Instagram', 'WhatsApp', 'Messenger', 'Threads',
  'Facebook Messenger', 'YouTube', 'Gmail', 'Google Maps', 'Google Search', 'Bing', 'Excel', 'Outlook', 'Azure', 'AWS', 'Google Cloud', 'Model 3', 'Model Y', 'Cybertruck', 'Autopilot', 'Starlink', 'H100',
  'H200', 'Blackwell', 'CUDA', 'TikTok Shop', 'Snapchat', 'Telegram', 'Stratechery', 'Bitcoin', 'Ethereum', 'Prime Video', 'Disney+', 'Doliprane', 'Dafalgan', 'Efferalgan',
  'Ozempic', 'Wegovy', 'Mounjaro', 'Paxlovid', 'Levothyrox',
];

export const EVENTS: readonly string[] = [
  'CES', 'VivaTech|Viva Technology', 'WWDC', 'Web Summit', 'Google I/O', 'Mobile World Congress|MWC', 'Davos Forum',
  'Forum de Davos', 'Forum économique mondial|World Economic Forum', 'Super Bowl', 'Coachella', 'Jeux olympiques|Olympic Games|Olympics|JO',
  'Jeux paralympiques|Paralympic Games', 'Coupe du monde|World Cup', 'Tour de France', 'Roland-Garros', 'Wimbledon',
  'Festival de Cannes|Cannes Film Festival', 'Black Friday', 'Cyber Monday', 'Prime Day', 'Brexit', 'COP21', 'COP28',
  'COP29', 'COP30', 'G7', 'G20', 'Sommet pour l’action sur l’IA|AI Action Summit', 'AI Safety Summit', 'Mondial de l’auto',
  'Ligue des champions|Champions League', 'Formule 1|Formula One|F1', 'Six Nations|Tournoi des Six Nations', 'Ligue Europa|Europa League', 'Euro 2024', 'Printemps arabe|Arab Spring', 'Guerre froide|Cold War',
  'Seconde Guerre mondiale|Second World War|World War II', 'Première Guerre mondiale|First World War|World War I',
];

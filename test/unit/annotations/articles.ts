/**
 * Two outlets' versions of the same (invented) story, written for these
 * tests. Version A is what the annotations were made on; version B is how
 * another newspaper told it (same facts, other wording, French typography
 * with narrow no-break spaces).
 */
export const ARTICLE_A = [
  "Tramway : la métropole vote 412 millions d'euros pour prolonger la ligne T4",
  '',
  "Le conseil métropolitain a adopté jeudi soir, par 98 voix contre 31, une enveloppe de 412 millions d'euros destinée à prolonger la ligne T4 du tramway jusqu'à la gare de Vénissieux-Parilly.",
  '',
  'Les travaux doivent commencer au printemps 2026 et durer trois ans. La nouvelle section, longue de 6,8 kilomètres, comptera neuf stations et desservira environ 45 000 habitants, selon les services de la métropole.',
  '',
  "« C'est le chantier le plus attendu du mandat », a déclaré la vice-présidente chargée des mobilités, Hélène Marchetti, en rappelant que la fréquentation de la ligne a progressé de 18 % en deux ans.",
  '',
  "L'opposition dénonce un coût « sous-estimé d'au moins 60 millions » et réclame un audit indépendant avant le lancement des appels d'offres. Le premier tronçon pourrait ouvrir dès la fin de l'année 2028.",
  '',
].join('\n');

const NNBSP = '\u202f';

export const ARTICLE_B = [
  "Lyon : feu vert à l'extension du T4, un chantier à 412 millions d'euros",
  '',
  "Par 98 voix contre 31, les élus de la métropole ont approuvé jeudi un budget de 412 millions d'euros pour étendre la ligne T4 jusqu'à la gare de Vénissieux-Parilly.",
  '',
  "Le chantier, prévu pour démarrer au printemps 2026, doit s'étaler sur trois ans. Neuf stations seront créées sur 6,8 kilomètres, au bénéfice d'environ 45 000 riverains.",
  '',
  `«${NNBSP}C'est le chantier le plus attendu du mandat${NNBSP}», a déclaré la vice-présidente chargée des mobilités, Hélène Marchetti. La fréquentation de la ligne a bondi de 18${NNBSP}% en deux ans.`,
  '',
  `Les élus d'opposition jugent la facture «${NNBSP}sous-estimée d'au moins 60 millions${NNBSP}» et demandent un audit indépendant.`,
  '',
].join('\n');

/** An unrelated text of similar register: nothing may anchor in it. */
export const UNRELATED = [
  'Sécheresse : les préfets restreignent les usages de l’eau dans douze départements',
  '',
  "Face à la baisse du niveau des nappes, les préfectures ont publié mardi de nouveaux arrêtés limitant l'arrosage des jardins et le remplissage des piscines. Les agriculteurs devront réduire leurs prélèvements de 20 % à partir du 1er août.",
  '',
  "Les services de l'État promettent des contrôles renforcés pendant tout l'été.",
  '',
].join('\n');

/** Near-identical sentences side by side: the trap for fuzzy matching. */
export const SIBLINGS = [
  'Fréquentation du réseau en 2024',
  '',
  'La ligne T1 a transporté 52 000 voyageurs par jour en moyenne. La ligne T2 a transporté 38 000 voyageurs par jour en moyenne. La ligne T4 a transporté 41 000 voyageurs par jour en moyenne.',
  '',
  'Le réseau de bus a transporté 38 000 voyageurs par jour le week-end, un record depuis la mise en service des lignes express.',
  '',
].join('\n');

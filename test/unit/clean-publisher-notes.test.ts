import { describe, expect, it } from 'vitest';
import { isPublisherNote, isTailMarker, junkKind } from '../../functions/core/clean/boilerplate.js';

/** Each rule with lines from several publishers, and the news sentences it must leave alone. */
const CASES: Array<{ rule: string; junk: string[]; content: string[] }> = [
  {
    rule: 'syndication credits and registration lines',
    junk: [
      'This article was produced by the Local Democracy Reporting Service, which is funded by the BBC and used by a range of news organisations.',
      'Registro DNDA en trámite. Propietario: Alta Cancha Medios SRL, Av. Corrientes 1847, CABA.',
    ],
    content: ['This article of the treaty was produced by negotiators in Geneva, the minister said.', 'Copyright holders will be paid under the new law, the court ruled.'],
  },
  {
    rule: 'standards and trust lines',
    junk: [
      'Our Standards: The Thomson Reuters Trust Principles.',
      'Editorial standards: how we report and correct our journalism',
      'Read our editorial guidelines and corrections policy here.',
    ],
    content: ['The regulator said the bank had breached its own standards of conduct.'],
  },
  {
    rule: "a news organisation's description of itself",
    junk: [
      'The Associated Press is an independent global news organization dedicated to factual reporting. Founded in 1846, AP today remains the most trusted source of fast, accurate, unbiased news in all formats.',
      'Riverside Ledger is a nonprofit, nonpartisan newsroom that covers the county’s schools, courts and city hall.',
      'Harbour Wire is a regional news agency founded in 1952 and owned by its member newspapers.',
      'Prairie Health News is a national newsroom that produces in-depth journalism about health issues.',
    ],
    content: [
      'The Post is a newsroom in turmoil, staff say.',
      'The broadcaster is a news organisation that the government has accused of bias, the minister said.',
      'Reuters reported on Tuesday that the talks had stalled.',
    ],
  },
  {
    rule: 'gambling notices',
    junk: [
      'Betting: 18+ only. BeGambleAware.org. Please gamble responsibly. Odds subject to change.',
      '18+ | New customers only | T&Cs apply | When the fun stops, stop',
      'Gambling problem? Call 1-800-GAMBLER.',
      'Glücksspiel kann süchtig machen. Hilfe unter check-dein-spiel.de',
      'Juega con responsabilidad. +18. jugarbien.es',
      'Jouer comporte des risques : endettement, isolement, dépendance.',
    ],
    content: ['The bookmaker said it had closed 4,000 accounts of customers who bet more than they could afford.'],
  },
  {
    rule: '"Got a story?" appeals',
    junk: [
      'Got a story? Email us at exclusive@the-sun.co.uk or call 0207 782 4104. You can WhatsApp us on 07423 720 250.',
      'Have a news tip? Email newsroom@valleycourier.com or call 555-0188.',
      'Do you have a story to share? Get in touch with our newsdesk.',
      'Send your story ideas to tips@northgazette.co.uk',
      'Got a confidential news tip? We want to hear from you.',
      'Vous avez une info ? Contactez la rédaction sur WhatsApp.',
      'Heb je een tip? Mail ons via tips@stadskrant.nl',
    ],
    content: ['"Have a story you want to tell?" the poster in the library asks, beside a photo of the founder.'],
  },
  {
    rule: 'comment policies',
    junk: [
      'Comments are subject to our community guidelines, which can be viewed here.',
      'The comments below have not been moderated.',
      'Please read our house rules before posting.',
      'Comments have been disabled for this article.',
      'Bitte beachten Sie unsere Netiquette.',
    ],
    content: ['The platform said its community guidelines banned threats of violence.'],
  },
  {
    rule: 'company registration and ownership lines',
    junk: [
      'News Group Newspapers Limited in England No. 679215 Registered office: 1 London Bridge Street, London, SE1 9GF.',
      'Northern Echo Media Ltd, registered in England and Wales No. 4512098. Registered office: 12 Quay Street, Leeds.',
      'Telephone: 01632 960 000 | Company No. 3676192 | VAT No: GB 716 6328 31',
      'Stadtanzeiger Verlag GmbH · Amtsgericht Köln, HRB 12345',
      'Published by Associated Newspapers Ltd',
      'Part of the Daily Mail, The Mail on Sunday & Metro Media Group',
    ],
    content: ['The company, registered in Delaware, owes creditors $2bn.'],
  },
  {
    rule: 'correction notes',
    junk: [
      'This article was amended on 3 June to correct the number of JPL layoffs.',
      'An earlier version of this story misstated the date of the hearing.',
      'Correction: An earlier version of this article gave the wrong age for the mayor.',
      'Cet article a été modifié le 4 mars pour corriger le nom du ministre.',
      'Dieser Artikel wurde am 5. Mai korrigiert.',
      'Este artículo fue corregido para precisar la cifra de heridos.',
      'Dit artikel is aangepast: in een eerdere versie stond een verkeerde datum.',
    ],
    content: ['The newspaper said the article was corrected after the minister complained.'],
  },
  {
    rule: 'agency credits and print notes',
    junk: [
      '(With AFP)',
      'Mit Material von dpa und AFP',
      'Com informações da Reuters',
      'Reporting by Maya Okafor in Lagos; Editing by Jan Holt',
      '(Additional reporting by Pierre Lamont in Paris)',
      'A version of this article appears in print on March 5, 2024, Section A, Page 1 of the New York edition.',
    ],
    content: ['With AP reporters barred from the room, the briefing went ahead.', 'Reporting by the paper revealed the scheme in 2019.'],
  },
  {
    rule: 'press-release contacts and "About" paragraphs',
    junk: [
      'For interviews contact press@wwfint.org or +41 22 364 9111.',
      'For more information, please contact Dana Reyes at +1 415 555 0134.',
      'Media enquiries: newsdesk@fcdo.gov.uk',
      'About Brightwell Energy: Brightwell Energy is a Danish developer of offshore wind farms, founded in 2009.',
      'View original content to download multimedia: https://www.example-newswire.com/news-releases/acme',
    ],
    content: ['About 300 people attended the vigil: many of them carried candles.'],
  },
  {
    rule: 'department lines, helplines and follow prompts',
    junk: [
      'From: Foreign, Commonwealth & Development Office and The Rt Hon David Lammy MP',
      'From: Department for Education',
      'If you have been affected by any of the issues raised in this story, help is available from Samaritans.',
      'If you have been affected by problem gambling, support is available from Gamblers Anonymous Ireland and your GP.',
      'Follow the Foreign Office on X @FCDOGovUK',
      'Follow Sports Now on X and Instagram for the latest news.',
      'Join our WhatsApp channel for breaking news alerts',
      'Suivez-nous sur Instagram et TikTok',
      'bur-jm/sst',
    ],
    content: [
      'From the outset, the minister said, the plan was to reopen the border.',
      'Follow-up talks on Twitter’s sale are expected next week.',
      'If you are affected by the closure, the council said, support is available at the library.',
    ],
  },
  {
    rule: 'wire footers, disclaimers, article tools and player labels',
    junk: [
      'This material may not be published, broadcast, rewritten or redistributed.',
      'The Associated Press receives support from several private foundations for its coverage of water. The AP is solely responsible for all content.',
      "Follow AP's coverage of the elections at https://apnews.com/hub/election-2024",
      'Opinions expressed by Forbes contributors are their own.',
      'The views expressed in this article are the author’s own and do not necessarily reflect those of the Coastline Observer.',
      'Reuse this content',
      'Gift Article',
      'Explore more on these topics',
      'Thank you for subscribing',
      'Invalid Email',
      'Email address SUBSCRIBE',
      'Join our commenting forum',
      'Comments 312',
      'Get in touch',
      'Contact reporter Luis Ortega at 505-555-0172.',
      'This article appeared in the Europe section of the print edition under the headline "Ferry fares".',
      'If you buy through a link on this page we may earn an affiliate commission.',
      'Click to play video',
      'Tap to watch',
    ],
    content: ['The views expressed by the committee were not shared by the minister.', 'Click-through rates fell by a third.'],
  },
];

describe('publisher notes', () => {
  it.each(CASES)('reads $rule as junk and the news beside them as content', ({ junk, content }) => {
    for (const t of junk) expect(junkKind(t), t).toBe('boilerplate');
    for (const t of junk) expect(isPublisherNote(t), t).toBe(true);
    for (const t of content) expect(junkKind(t), t).toBeNull();
  });

  it('reads messaging-app, newsletter and support prompts, a paid ad label and an imprint as junk, and the news beside them as content', () => {
    const junk = [
      'Join the Bula Sports Zone Viber community for live scores from every ground. Tap here to join.',
      'Get every MNL score first – join The Yangon Standard Sports community on Viber',
      'Love local news? Become a Gazette supporter from $5 a month.',
      'Aboriginal and Torres Strait Islander readers are advised that this article contains the name of a person who has died.',
      'Share your memories of Uncle Eli',
      '¿Querés recibir los resultados de la Liga en tu celular? Sumate a nuestro canal de WhatsApp.',
      'Get the Standard’s science and climate stories first on our WhatsApp channel.',
      '❤️ Like what we do? Support independent Fiji sports media — from FJ$5 a month.',
      'Never miss a stage',
      'Race reports from every Rwandan road, straight to your inbox.',
      '— Paid advertisement —',
      '© 2025 Teranga Sciences · Éditions Baobab Média SARL · NINEA 009876543 · Dakar, Sénégal · Mentions légales · Contact',
    ];
    for (const t of junk) expect(junkKind(t), t).toBe('boilerplate');
    for (const t of ['The council will support local journalism grants, the mayor said.', 'He never missed a game in twelve seasons with the club.', 'Police said the suspects used a Telegram group to plan the robbery.', 'Get ready for rain, the forecaster said on our WhatsApp channel.'])
      expect(junkKind(t), t).toBeNull();
  });

  it('ends a page at the close of a press release and at a tabloid comment box', () => {
    for (const t of ['ENDS', '-ends-', '###', '- 30 -', 'Notes to editors:', 'Note to Editors', 'Media contacts', 'Forward-Looking Statements',
      'Cautionary Note Regarding Forward-Looking Statements', 'Share or comment on this article:', 'Explore more on these topics', 'More on this story', 'Comments (87)', 'Comments 312',
      'About WWF: WWF is an independent conservation organization, with over 30 million followers.', 'About Voltaris Energy, Inc.', 'About Harbour Foods Ltd'])
      expect(isTailMarker(t), t).toBe(true);
    for (const t of ['The talks ends on Friday.', 'About Logitech', 'Media Relations', 'Notes from the field']) expect(isTailMarker(t), t).toBe(false);
  });

  it('reads share prompts, reader-funding appeals, newsletter boxes, syndication notices and notes on how a piece was made as junk', () => {
    const junk = [
      'Like this article? Share it with your friends!',
      'Click to share on Facebook (Opens in new window)',
      "We're 100% reader-funded. No corporate ads, no billionaire owners. If you value reporting that holds polluters accountable, chip in $5 a month.",
      "We use your sign-up to provide content in ways you've consented to and to improve our understanding of you. You can unsubscribe at any time.",
      'Get Meridian Weekly',
      "Our experts on the week's biggest global stories, every Friday. Sign up",
      'Boğaziçi News English website contains only a portion of the news stories offered to subscribers in the BNE News Service, and in summarized form. Please contact us for subscription options.',
      'This commentary draws in part on a closed-door roundtable held in Addis Ababa on May 6, 2025.',
      'Array ( [0] => Array ( [id] => 1894412 [title] => Rupee closes flat [url] => /news/1894412 ) )',
      '[title] => SBP reserves rise by $52m',
    ];
    for (const t of junk) expect(junkKind(t), t).not.toBeNull();
    for (const t of [
      'Residents were urged to sign up for flood alerts, the council said.',
      'Farmers who like the plan said they would share it with neighbours.',
      'The study draws on data from 40 gauges along the river.',
      'The mayor said the city would chip in more money next year.',
    ])
      expect(junkKind(t), t).toBeNull();
  });
});

// Ordinary traffic for training, written for Bulwark: everyday chat requests (writing, cooking,
// travel, code, maths, small talk with the assistant) and everyday documents (e-mails, notes,
// reviews, tables, code with comments) that give people instructions. The development files'
// benign rows are mostly maths questions and security-flavoured requests, so without these a
// model learns that any other conversational text leans to "attack" (a leave-one-source-out run
// flagged 9% of plain prose sentences). Slots are filled from seeded faker data, so the words
// vary far beyond the frames.
import { base, de, en, es, Faker, fr, it, ja, nl, pt_BR, ru, zh_CN } from '@faker-js/faker';
import type { Row } from './data.ts';
import { fill, pick, type Slots } from './fill.ts';

function fakers(seed: number): Record<string, Faker> {
  const make = (locale: typeof en, k: number): Faker => {
    const f = new Faker({ locale: [locale, en, base] });
    f.seed(seed + k);
    return f;
  };
  return { en: make(en, 0), de: make(de, 1), fr: make(fr, 2), es: make(es, 3), it: make(it, 4), pt: make(pt_BR, 5), nl: make(nl, 6), ru: make(ru, 7), zh: make(zh_CN, 8), ja: make(ja, 9) };
}

const FORMATS = ['poem', 'short story', 'haiku', 'limerick', 'blog post', 'tweet', 'cover letter', 'toast', 'product review', 'speech', 'song chorus', 'riddle', 'news headline', 'birthday message', 'LinkedIn post', 'thank-you note', 'two-paragraph essay', 'dialogue'];
const AUDIENCES = ['', ' for a ten-year-old', ' for my grandmother', ' for beginners', ' for a job interview', ' in plain English', ' in one paragraph', ' in three bullet points', ' with an example', ' like I am five', ' for a school project', ' for a presentation at work'];
const LANGUAGES = ['French', 'German', 'Spanish', 'Italian', 'Japanese', 'Portuguese', 'Dutch', 'Polish', 'Korean', 'Turkish', 'Greek', 'Swedish'];
const TONES = ['formal', 'friendly', 'concise', 'persuasive', 'polite', 'professional', 'casual', 'enthusiastic', 'neutral'];
const DOCS = ['email', 'paragraph', 'article', 'meeting notes', 'review', 'report', 'letter', 'chapter', 'transcript', 'abstract'];
const ACTIVITIES = ['running a marathon', 'learning the guitar', 'saving money', 'sleeping better', 'public speaking', 'growing tomatoes', 'training a puppy', 'studying for exams', 'working from home', 'cooking for a crowd', 'learning to swim', 'reducing screen time', 'writing a novel', 'moving house', 'starting a podcast'];
const CONCEPTS = ['photosynthesis', 'compound interest', 'black holes', 'the French Revolution', 'inflation', 'machine learning', 'the water cycle', 'supply and demand', 'DNA replication', 'the theory of relativity', 'blockchain', 'climate change', 'how vaccines work', 'the stock market', 'recursion', 'plate tectonics', 'the immune system', 'quantum entanglement', 'how airplanes fly', 'the electoral college'];
const HOWTOS = ['change a flat tyre', 'make sourdough starter', 'set up a Python virtual environment', 'tie a bow tie', 'remove a red wine stain', 'write a good CV', 'back up my phone', 'negotiate a higher salary', 'center a div in CSS', 'fold a fitted sheet', 'clean a cast iron pan', 'improve my credit score', 'merge two branches in git', 'make cold brew coffee', 'unclog a drain', 'keep basil alive indoors', 'calculate a percentage increase', 'write a unit test in Jest'];
const CODE_TASKS = ['reverses a string', 'checks whether a number is prime', 'counts the words in a file', 'merges two sorted lists', 'parses a CSV file and sums a column', 'removes duplicates from an array', 'converts Celsius to Fahrenheit', 'validates an email address', 'finds the longest common prefix', 'reads JSON from an API and prints the titles', 'sorts a list of dictionaries by date', 'generates a random password'];
const CODE_LANGS = ['Python', 'JavaScript', 'TypeScript', 'Go', 'Rust', 'Java', 'C#', 'SQL', 'Bash', 'Ruby', 'Kotlin', 'PHP'];
const UNITS = [['miles', 'kilometres'], ['pounds', 'kilograms'], ['cups', 'millilitres'], ['Fahrenheit', 'Celsius'], ['feet', 'metres'], ['ounces', 'grams']] as const;
const MONTHS = ['January', 'March', 'April', 'June', 'August', 'October', 'December'];
const RELATIONS = ['boss', 'landlord', 'teacher', 'neighbour', 'colleague', 'client', 'sister', 'team', 'doctor', 'professor'];
const EVENTS = ['a late payment', 'my vacation next week', 'the broken heater', 'a project delay', 'a schedule change', 'a refund request', 'the team offsite', 'a missed deadline', 'a job offer', 'the school trip'];
const CHAT = [
  'Hi! How are you today?', 'Who are you?', 'What can you help me with?', 'Are you a real person?', 'Thanks, that was really helpful!',
  'Can you say that again more simply?', 'That is not what I asked, can you try again?', 'Good morning!', 'Hello there', 'What is your name?',
  'Do you have feelings?', 'Can you remember what we talked about earlier?', 'Sorry, I made a typo above.', 'Never mind, let us talk about something else.',
  'I do not understand your last answer.', 'OK, next question.', 'Tell me something interesting.', 'What languages do you speak?',
  'Can you keep your answers shorter please?', 'Please continue.', 'That is wrong, the capital of Australia is Canberra.', 'How old are you?',
  'What do you think about pineapple on pizza?', 'Could you be a bit more specific?', 'Great, thank you. One more thing:', 'Bye for now!',
];

/** Two to four sentences of everyday-sounding text (faker's product, food, tech and company lines). */
function prose(f: Faker, rnd: () => number): string {
  const gens = [(): string => f.commerce.productDescription(), (): string => f.hacker.phrase(), (): string => `${f.company.catchPhrase()}.`, (): string => f.food.description(), (): string => `${f.person.fullName()} is a ${f.person.jobTitle().toLowerCase()} from ${f.location.city()}.`];
  const n = 2 + Math.floor(rnd() * 3);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(pick(rnd, gens)());
  return out.join(' ');
}

interface Frame { readonly text: string; readonly slots?: Slots; readonly n: number }

function englishFrames(f: Faker, rnd: () => number): Frame[] {
  const topic = (): string => pick(rnd, [(): string => f.animal.type(), (): string => f.food.dish().toLowerCase(), (): string => f.location.country(), (): string => f.music.genre(), (): string => f.science.chemicalElement().name, (): string => f.commerce.department().toLowerCase(), (): string => f.word.noun(), (): string => pick(rnd, CONCEPTS)])();
  const sentence = (): string => pick(rnd, [(): string => f.commerce.productDescription(), (): string => f.company.catchPhrase(), (): string => f.food.description(), (): string => f.hacker.phrase()])();
  const polite = ['', 'Please ', 'Can you ', 'Could you ', 'I need you to ', 'Hey, ', 'Quick question: can you '];
  return [
    { n: 140, text: '{polite}write a {format} about {topic}{aud}.', slots: { polite, format: FORMATS, topic, aud: AUDIENCES } },
    { n: 120, text: '{polite}explain {concept}{aud}.', slots: { polite, concept: CONCEPTS, aud: AUDIENCES } },
    { n: 100, text: 'Give me {num} tips for {activity}.', slots: { num: ['three', 'five', 'some', 'a few', '10', 'practical'], activity: ACTIVITIES } },
    { n: 100, text: 'How do I {howto}?', slots: { howto: HOWTOS } },
    { n: 80, text: 'What is the difference between {a} and {b}?', slots: { a: topic, b: topic } },
    { n: 100, text: 'Translate "{sentence}" into {lang}.', slots: { sentence, lang: LANGUAGES } },
    { n: 100, text: 'Rewrite this to sound more {tone}: {sentence}', slots: { tone: TONES, sentence } },
    { n: 100, text: 'Summarize this {doc} in {len}: {body}', slots: { doc: DOCS, len: ['one sentence', 'two lines', 'three bullet points', '50 words'], body: () => prose(f, rnd) } },
    { n: 80, text: 'Write a {lang} function that {task}.', slots: { lang: CODE_LANGS, task: CODE_TASKS } },
    { n: 60, text: 'Why does my {lang} code throw "{err}" when I {action}?', slots: { lang: CODE_LANGS, err: ['undefined is not a function', 'index out of range', 'permission denied', 'null pointer exception', 'connection refused', 'syntax error near unexpected token'], action: ['run the tests', 'deploy it', 'call the API', 'open the file', 'start the server'] } },
    { n: 80, text: 'Plan a {days}-day trip to {city} for {who}.', slots: { days: ['2', '3', '4', '5', '7', '10'], city: () => f.location.city(), who: ['a family with kids', 'two friends', 'a solo traveller', 'a couple on a budget', 'a food lover'] } },
    { n: 80, text: 'Can you give me a recipe for {dish}{diet}?', slots: { dish: () => f.food.dish().toLowerCase(), diet: ['', ' that is vegan', ' without nuts', ' for four people', ' in under 30 minutes'] } },
    { n: 60, text: 'Convert {num} {units}.', slots: { num: () => String(f.number.int({ min: 2, max: 500 })), units: UNITS.map(([a, b]) => `${a} to ${b}`) } },
    { n: 80, text: 'Draft an email to my {rel} about {event}{tone}.', slots: { rel: RELATIONS, event: EVENTS, tone: ['', ', keep it short', ', polite but firm', ', in a friendly tone'] } },
    { n: 70, text: 'What are the pros and cons of {thing}?', slots: { thing: [...ACTIVITIES, 'electric cars', 'remote work', 'renting vs buying', 'a four-day week', 'homeschooling', 'solar panels', 'learning Rust', 'microservices'] } },
    { n: 70, text: 'Tell me {fact} about {thing}.', slots: { fact: ['a fun fact', 'three facts', 'the history', 'something surprising', 'everything you know'], thing: topic } },
    { n: 60, text: 'Suggest {num} names for my new {what}.', slots: { num: ['five', 'ten', 'some creative'], what: ['puppy', 'cat', 'bakery', 'startup', 'podcast', 'band', 'boat', 'coffee shop', 'fantasy novel'] } },
    { n: 60, text: 'Recommend {things} for {occasion}.', slots: { things: ['some books', 'a few films', 'board games', 'podcasts', 'a gift', 'songs', 'a restaurant'], occasion: ['a rainy weekend', 'my dad\'s 60th birthday', 'a long flight', 'a team party', 'learning history', 'a first date'] } },
    { n: 60, text: 'Fix the grammar in this sentence: {s}', slots: { s: () => f.hacker.phrase().toLowerCase().replace(/,/g, '') } },
    { n: 50, text: '{q}', slots: { q: CHAT } },
    // Requests addressed to the assistant with "your" (its taste, opinion, tips): without them the
    // word "your", which attacks use for "your instructions / rules", leaned to "attack" by itself.
    { n: 80, text: '{ask} your {what}{about}', slots: { ask: ['Show me', 'Tell me', 'Share', 'What is', 'What\'s', 'Give me', 'I would love to hear', 'Can you share'], what: ['favourite poem', 'favorite song', 'best tip', 'honest opinion', 'thoughts', 'take', 'best recipe', 'secret trick', 'top three picks', 'recommendation', 'advice', 'favorite joke', 'first impression', 'go-to method'], about: [' about the sea.', ' on remote work.', ' for learning Spanish.', ' about my essay.', ' for a rainy day.', '?', ' for a beginner gardener.', ' on electric cars.', ' for cheap weeknight dinners.'] } },
    { n: 50, text: 'What is the secret {to} {thing}?', slots: { to: ['to', 'behind', 'of'], thing: ['a fluffy omelette', 'crispy roast potatoes', 'a long marriage', 'good sleep', 'learning languages fast', 'a moist banana bread', 'staying productive', 'the perfect espresso', 'happy houseplants'] } },
    { n: 30, text: 'What is the {pw} for the {net} {where}?', slots: { pw: ['password', 'wifi password', 'code', 'login'], net: ['wifi', 'guest network', 'hotel wifi', 'library computers', 'conference wifi'], where: ['at the hotel', 'in the office', 'at the airport lounge', 'in the library', 'on the train', 'here'] } },
    { n: 60, text: 'What is your favourite {thing}?', slots: { thing: ['book', 'colour', 'movie', 'season', 'food', 'programming language', 'city', 'animal', 'song'] } },
    { n: 60, text: 'I am a {job} and I need help with {task}.', slots: { job: () => f.person.jobTitle().toLowerCase(), task: ['my weekly schedule', 'a presentation', 'a difficult client email', 'my budget', 'a spreadsheet formula', 'a performance review'] } },
    { n: 60, text: 'Create a {plan} for {goal}.', slots: { plan: ['workout plan', 'study plan', 'meal plan', 'project plan', 'checklist', 'reading list'], goal: ['losing weight', 'passing the bar exam', 'a busy week', 'launching a website', 'a beginner', 'building muscle'] } },
    { n: 50, text: 'Act as {role} and {task}.', slots: { role: ['a career coach', 'a travel guide', 'a math tutor', 'a personal trainer', 'an editor', 'a Socratic teacher', 'a friendly barista', 'a job interviewer', 'a museum guide'], task: ['help me prepare', 'give me feedback on my plan', 'ask me questions one at a time', 'explain your reasoning', 'keep it light-hearted'] } },
    { n: 50, text: '{name} says that {s} Is that true?', slots: { name: () => f.person.firstName(), s: () => f.hacker.phrase() } },
    { n: 40, text: 'My {thing} is {problem}. What should I do?', slots: { thing: ['laptop', 'car', 'dishwasher', 'houseplant', 'phone', 'printer', 'dog'], problem: ['making a strange noise', 'not turning on', 'very slow', 'leaking water', 'not eating', 'overheating'] } },
    { n: 40, text: 'Write a product description for {p}.', slots: { p: () => f.commerce.productName() } },
    { n: 120, text: '{name} has {a} {items}. {pron} gives {b} to {name2} and then buys {c} more. How many {items} does {pron2} have now?', slots: { name: () => f.person.firstName(), name2: () => f.person.firstName(), a: () => String(f.number.int({ min: 10, max: 90 })), b: () => String(f.number.int({ min: 1, max: 9 })), c: () => String(f.number.int({ min: 2, max: 30 })), items: ['apples', 'stickers', 'marbles', 'books', 'pencils', 'cookies', 'cards', 'dollars'], pron: ['She', 'He', 'They'], pron2: ['she', 'he', 'they'] } },
    { n: 80, text: 'A {vehicle} travels {d} {unit} in {h} hours. {q}', slots: { vehicle: ['train', 'car', 'cyclist', 'boat', 'bus'], d: () => String(f.number.int({ min: 20, max: 600 })), unit: ['miles', 'km'], h: ['2', '3', '4', '5', '1.5'], q: ['What is its average speed?', 'How far will it go in 7 hours at the same speed?', 'How long would 100 more take?'] } },
    { n: 80, text: '{who} was {person}, and why {is} {pron} important?', slots: { who: ['Who', 'Tell me who'], person: ['Marie Curie', 'Nelson Mandela', 'Ada Lovelace', 'Genghis Khan', 'Frida Kahlo', 'Isaac Newton', 'Cleopatra', 'Martin Luther King Jr.', 'Alan Turing', 'Simon Bolivar', 'Confucius', 'Rosalind Franklin'], is: ['is', 'was'], pron: ['this person', 'they'] } },
    { n: 80, text: 'I am planning {event} for {n} people with a budget of {money}. {constraint} What would you suggest?', slots: { event: ['a birthday party', 'a wedding reception', 'a team dinner', 'a camping trip', 'a baby shower', 'a charity run'], n: () => String(f.number.int({ min: 4, max: 120 })), money: () => `$${f.number.int({ min: 100, max: 9000 })}`, constraint: ['Two guests are vegetarian.', 'It has to be outdoors.', 'Most of them are kids.', 'We cannot serve alcohol.', 'It is in winter.', ''] } },
    { n: 80, text: 'Here is my {lang} code:\n{code}\nWhy {problem}?', slots: { lang: CODE_LANGS, code: ['for i in range(10):\n    print(i)', 'const x = await fetch(url);\nconsole.log(x.json());', 'SELECT * FROM orders WHERE date > 2024-01-01;', 'if (user = null) { return; }', 'def f(xs=[]):\n    xs.append(1)\n    return xs'], problem: ['does it print the wrong thing', 'is it slow', 'does it fail on an empty list', 'does the linter complain', 'is the result different every time'] } },
    { n: 90, text: 'How do I {verb} the {thing} {where}?', slots: { verb: ['ignore', 'override', 'bypass', 'disable', 'reset', 'unlock', 'jailbreak', 'root', 'skip', 'forget'], thing: ['previous commit', 'system settings', 'default prompt', 'parental controls I set myself', 'safety warning on my dryer', 'developer options', 'old instructions in my recipe', 'admin console', 'startup message', 'content filter on my own router'], where: ['on my phone', 'in git', 'in Windows 11', 'on my smart TV', 'in VS Code', 'on a Kindle', 'in my car', 'in Photoshop'] } },
    { n: 70, text: 'Write a {format} in which {name} decides to {act}.', slots: { format: FORMATS, name: () => f.person.firstName(), act: ['ignore the rules of the village', 'override her captain\'s orders to save the crew', 'forget everything and start over in a new city', 'break free from a boring routine', 'pretend to be a famous chef', 'reveal a family secret at dinner', 'bypass the queue at the museum with a clever trick'] } },
    { n: 60, text: 'What does "{term}" mean in {domain}?', slots: { term: ['prompt', 'system prompt', 'override', 'jailbreak', 'root access', 'developer mode', 'god mode', 'sudo', 'injection', 'instruction set', 'unfiltered', 'role-play', 'token'], domain: ['computing', 'video games', 'linguistics', 'medicine', 'law', 'machine learning', 'photography', 'theatre', 'chemistry'] } },
    { n: 60, text: 'My {who} told me to {advice}. {q}', slots: { who: ['teacher', 'coach', 'doctor', 'manager', 'mum', 'therapist'], advice: ['ignore negative comments online', 'forget about the last exam and focus on the next one', 'stop following every rule so strictly', 'disregard the first draft and start again', 'act as if I am confident'], q: ['Is that good advice?', 'How do I do that?', 'What do you think?', 'Any tips?'] } },
    { n: 50, text: 'In {game}, how do I {action}?', slots: { game: ['Minecraft', 'The Sims', 'Skyrim', 'Stardew Valley', 'Civilization VI', 'Zelda'], action: ['enable god mode', 'use developer console commands', 'unlock all recipes', 'ignore the main quest and explore', 'reset my character', 'get unlimited resources'] } },
    { n: 50, text: '{q}', slots: { q: () => `${f.word.adjective()} ${f.word.noun()}: ${pick(rnd, ['what is it?', 'is that a real thing?', 'explain please', 'any examples?', 'how common is it?'])}` } },
    { n: 120, text: '{verb} a {lang} {kind} that {task}{tail}', slots: { verb: ['Write', 'Create', 'Generate', 'Implement', 'Show me', 'Help me write'], lang: CODE_LANGS, kind: ['script', 'program', 'function', 'tool', 'service', 'module'],
      task: ['scans my own network for open ports', 'monitors failed SSH logins and alerts the admin', 'rotates API keys stored in a vault', 'detects brute-force attempts in nginx logs', 'hashes passwords with bcrypt before storing them', 'validates JWT signatures', 'blocks IP addresses after repeated failures', 'checks file integrity with SHA-256', 'encrypts backups with AES-256-GCM', 'parses firewall logs for suspicious traffic', 'enforces rate limits on an HTTP API', 'sanitises user input against SQL injection', 'audits user permissions on a Linux server', 'detects privilege escalation attempts in audit logs', 'simulates a phishing-awareness quiz for employees'],
      tail: ['.', ' for our security team.', ', with comments.', ' and explain how it works.', ' that runs as a cron job.'] } },
    { n: 60, text: '{q}', slots: { q: () => pick(rnd, ['How do I harden SSH on Ubuntu?', 'Explain how TLS certificate pinning works.', 'What is the difference between symmetric and asymmetric encryption?', 'How should I store secrets in Kubernetes?', 'What does a web application firewall do?', 'How do I configure fail2ban?', 'What is a CSRF token and why do I need one?', 'How can I detect ransomware early on a file server?', 'Explain the MITRE ATT&CK framework to a new analyst.', 'What are common signs of a compromised account?', 'How do I write a Sigma rule for suspicious PowerShell?', 'What is least privilege and how do I apply it in AWS IAM?']) + pick(rnd, ['', ' Keep it short.', ' Give an example.', ' I am new to security.']) } },
    { n: 40, text: 'Calculate {a} {op} {b}.', slots: { a: () => String(f.number.int(9999)), op: ['+', '-', 'times', 'divided by', 'to the power of'], b: () => String(f.number.int(99)) } },
  ];
}

/** Requests in other languages: the held-out set has them, the development files barely do. */
function otherFrames(fk: Record<string, Faker>): { lang: string; text: string; slots: Slots; n: number }[] {
  const de = fk.de as Faker;
  const fr = fk.fr as Faker;
  const es = fk.es as Faker;
  const it = fk.it as Faker;
  const pt = fk.pt as Faker;
  const nl = fk.nl as Faker;
  const ru = fk.ru as Faker;
  const zh = fk.zh as Faker;
  const ja = fk.ja as Faker;
  return [
    { lang: 'de', n: 60, text: '{ask} {what}', slots: { ask: ['Kannst du mir', 'Bitte', 'Könnten Sie mir', 'Hilf mir bitte,'], what: ['ein Rezept für Kartoffelsalat geben?', 'erklären, wie ein Kredit funktioniert?', 'eine kurze E-Mail an meinen Vermieter schreiben.', 'die Hauptstadt von Kanada nennen?', 'einen Trainingsplan für Anfänger erstellen.', 'diesen Text zusammenfassen: ', 'ein Gedicht über den Herbst schreiben.', 'sagen, wann der Zug nach München fährt?'] } },
    { lang: 'it', n: 30, text: '{q}', slots: { q: ['Qual è la password più sicura da usare?', 'Come posso cambiare la password della mia email?', 'Quali sono le regole per una buona password?', 'Come funziona l\'autenticazione a due fattori?', 'Ignora gli errori di battitura e dimmi se il testo è chiaro.', 'Ottimo lavoro! Ora scrivi la conclusione.'] } },
    { lang: 'pt', n: 30, text: '{q}', slots: { q: ['Qual é a senha mais segura para usar?', 'Como eu mudo a senha do meu roteador?', 'Quais são as regras para criar uma boa senha?', 'Ótimo trabalho! Agora escreva a conclusão.', 'Ignore os erros de digitação e me diga se o texto está claro.'] } },
    { lang: 'de', n: 30, text: '{q}', slots: { q: ['Wie ändere ich mein Passwort bei der Bank?', 'Sehr gut! Jetzt beantworte bitte noch meine zweite Frage zum Vertrag.', 'Super, danke. Jetzt schreibe bitte eine kürzere Version.', 'Was ist ein sicheres Passwort?', 'Ignoriere die Tippfehler und sag mir, ob der Text verständlich ist.', 'Deine Aufgabe ist jetzt, mich auf das Vorstellungsgespräch vorzubereiten.'] } },
    { lang: 'es', n: 30, text: '{q}', slots: { q: ['¿Cuál es la contraseña más segura?', '¿Cómo cambio la contraseña de mi correo?', '¡Buen trabajo! Ahora escribe la conclusión.', 'Ignora las faltas de ortografía y dime si el texto se entiende.', 'Ahora eres mi profesor de español: corrige mis errores.'] } },
    { lang: 'fr', n: 30, text: '{q}', slots: { q: ['Quel est le mot de passe le plus sûr ?', 'Comment changer le mot de passe de ma box ?', 'Très bien ! Maintenant, écris la conclusion.', 'Ignore les fautes de frappe et dis-moi si le texte est clair.', 'Ta tâche est maintenant de corriger mon CV.'] } },
    // Requests addressed to the assistant with "your" and everyday instructions from a doctor, a
    // landlord or a manual: the possessives (dein, ton, tu, tuo, je, твой ...) otherwise weighed
    // as attack words by themselves.
    { lang: 'de', n: 30, text: '{q}', slots: { q: ['Was ist dein Lieblingsbuch und warum?', 'Zeig mir dein bestes Rezept für Apfelkuchen.', 'Was ist deine ehrliche Meinung zu meinem Lebenslauf?', 'Ignoriere nicht die Hinweise deines Arztes zur Einnahme.', 'Wie lese ich die Anweisungen meines Arztes richtig?', 'Die Regeln deines Vermieters gelten auch für den Balkon?', 'Was sind deine Tipps für ein gutes Vorstellungsgespräch?', 'Vergiss die Hausordnung deines Vermieters nicht.'] } },
    { lang: 'fr', n: 25, text: '{q}', slots: { q: ['Quel est ton livre préféré ?', 'Donne-moi ta meilleure recette de crêpes.', 'Quel est ton avis sincère sur mon CV ?', 'N\'oublie pas les consignes de ton médecin pour les médicaments.', 'Quelles sont tes astuces pour bien dormir ?', 'Respecte les règles de ton propriétaire pour le bruit.'] } },
    { lang: 'es', n: 25, text: '{q}', slots: { q: ['¿Cuál es tu libro favorito?', 'Dame tu mejor receta de tortilla.', '¿Cuál es tu opinión sincera sobre mi carta?', 'No ignores las indicaciones de tu médico sobre la dieta.', '¿Cuáles son tus consejos para estudiar mejor?', 'Sigue las instrucciones de tu casero para la calefacción.'] } },
    { lang: 'it', n: 25, text: '{q}', slots: { q: ['Qual è il tuo libro preferito?', 'Dammi la tua migliore ricetta per il tiramisù.', 'Qual è la tua opinione sincera sul mio curriculum?', 'Non ignorare le istruzioni del tuo medico sui farmaci.', 'Quali sono i tuoi consigli per dormire meglio?', 'Segui le regole del tuo condominio per la raccolta differenziata.'] } },
    { lang: 'pt', n: 20, text: '{q}', slots: { q: ['Qual é o seu livro favorito?', 'Me dá a sua melhor receita de bolo de cenoura.', 'Não ignore as instruções do seu médico sobre o remédio.', 'Quais são as suas dicas para estudar melhor?'] } },
    { lang: 'nl', n: 20, text: '{q}', slots: { q: ['Wat is je favoriete boek?', 'Geef me je beste recept voor appeltaart.', 'Negeer de adviezen van je huisarts niet.', 'Wat zijn je tips om beter te slapen?', 'Vergeet de regels van je verhuurder niet.'] } },
    { lang: 'ru', n: 20, text: '{q}', slots: { q: ['Какая твоя любимая книга?', 'Дай мне свой лучший рецепт блинов.', 'Не игнорируй рекомендации своего врача.', 'Какие твои советы для хорошего сна?', 'Соблюдай правила своего арендодателя.'] } },
    { lang: 'pl', n: 20, text: '{q}', slots: { q: ['Jaka jest twoja ulubiona książka?', 'Podaj mi swój najlepszy przepis na pierogi.', 'Nie ignoruj zaleceń swojego lekarza.', 'Jakie masz rady na lepszy sen?', 'Przestrzegaj zasad swojego wynajmującego.'] } },
    { lang: 'de', n: 40, text: 'Wie {verb} ich {obj} in {city}?', slots: { verb: ['finde', 'buche', 'miete', 'beantrage'], obj: ['eine Wohnung', 'einen Arzttermin', 'ein Fahrrad', 'einen Reisepass', 'ein Hotel'], city: () => de.location.city() } },
    { lang: 'de', n: 30, text: 'Was ist der Unterschied zwischen {a} und {b}?', slots: { a: () => de.commerce.productName(), b: () => de.commerce.productName() } },
    { lang: 'fr', n: 60, text: '{ask} {what}', slots: { ask: ['Peux-tu', 'Pourriez-vous', 'Merci de', 'Aide-moi à'], what: ['écrire un courriel à mon professeur.', 'm\'expliquer la photosynthèse simplement.', 'proposer une recette de ratatouille.', 'traduire cette phrase en anglais.', 'résumer ce texte en trois points.', 'planifier un week-end à Lyon.', 'corriger mon CV.'] } },
    { lang: 'fr', n: 30, text: 'Quel est le meilleur moyen de {x} à {city} ?', slots: { x: ['visiter', 'se loger', 'manger', 'se déplacer'], city: () => fr.location.city() } },
    { lang: 'es', n: 60, text: '{ask} {what}', slots: { ask: ['¿Puedes', '¿Podrías', 'Por favor,', 'Ayúdame a'], what: ['escribir un correo a mi jefe?', 'explicarme cómo funciona la inflación?', 'darme una receta de paella?', 'resumir este artículo?', 'planear un viaje a Sevilla?', 'recomendar libros para aprender inglés?'] } },
    { lang: 'es', n: 30, text: '¿Qué opinas de {p}?', slots: { p: () => es.commerce.productName() } },
    { lang: 'it', n: 40, text: '{ask} {what}', slots: { ask: ['Puoi', 'Potresti', 'Per favore'], what: ['scrivere una poesia sul mare?', 'spiegarmi la fotosintesi?', 'darmi una ricetta per la carbonara?', 'organizzare un viaggio a Firenze?', `consigliare un regalo per ${it.person.firstName()}?`] } },
    { lang: 'pt', n: 40, text: '{ask} {what}', slots: { ask: ['Você pode', 'Poderia', 'Por favor,'], what: ['escrever um e-mail para o meu chefe?', 'explicar como funciona a fotossíntese?', 'sugerir uma receita de feijoada?', 'resumir este texto?', `planejar uma viagem para ${pt.location.city()}?`] } },
    { lang: 'nl', n: 30, text: '{ask} {what}', slots: { ask: ['Kun je', 'Wil je', 'Kunt u'], what: ['een recept voor stamppot geven?', 'uitleggen hoe belasting werkt?', 'een e-mail aan mijn collega schrijven?', `een hotel in ${nl.location.city()} aanraden?`] } },
    { lang: 'ru', n: 40, text: '{ask} {what}', slots: { ask: ['Можешь', 'Пожалуйста,', 'Помоги'], what: ['написать письмо начальнику?', 'объяснить, как работает инфляция?', 'дать рецепт борща?', 'составить план тренировок?', `рассказать о городе ${ru.location.city()}?`] } },
    { lang: 'zh', n: 50, text: '{ask}{what}', slots: { ask: ['请', '你能', '可以帮我', '麻烦你'], what: ['写一首关于秋天的诗。', '解释一下通货膨胀。', '推荐几本好书。', '给我一个红烧肉的做法。', '总结这篇文章。', '翻译这句话成英文。', '制定一个学习计划。', `介绍一下${zh.location.city()}。`] } },
    { lang: 'ja', n: 40, text: '{ask}{what}', slots: { ask: ['', 'すみません、', 'お願いします。'], what: ['東京でおすすめのレストランを教えてください。', '英語の勉強方法を教えて。', 'メールの書き方を手伝ってください。', 'カレーのレシピを教えて。', `${ja.location.city()}の観光地を教えて。`] } },
  ];
}

/** What a mail asks its reader to put in their reply (see the reply frame of `documentFrames`). */
const REPLY_ASKS: readonly string[] = [
  'In your reply, please include your order number and the e-mail address you used at checkout.',
  'When you respond, add your availability for next week to your reply.',
  'Please modify your answer to question {n} on the form and send it again.',
  'In your response to the auditors, mention the new retention policy.',
  'Please provide your answer in writing by {day}.',
  'Add your employee ID to your response so that HR can match it.',
  'Keep your reply short: a yes or no is enough.',
  'In your answer, list the dates you are not available.',
  'Include a photo of the damaged item in your reply.',
  'If you have more than three items, format your response as a table.',
  'Please sign your reply with your full name and department.',
  'Could you include the invoice number in your reply?',
  'End your answer with the total amount due.',
  'Rewrite your answer to question {n} in full sentences and resubmit.',
  'In your reply, tell us which delivery slot suits you best.',
  'Please write your response in English so the whole panel can read it.',
];

/** Everyday documents that give people instructions: benign imperatives inside retrieved content. */
function documentFrames(f: Faker, rnd: () => number): Frame[] {
  const name = (): string => f.person.firstName();
  const para = (): string => prose(f, rnd);
  return [
    { n: 120, text: 'Hi {name},\n\n{body}\n\nPlease {todo} by {day}. {extra}\n\nBest,\n{from}', slots: {
      name, from: name, body: () => prose(f, rnd),
      todo: ['review the attached draft', 'send me your timesheet', 'confirm the room booking', 'update the shared spreadsheet', 'forward this to the finance team', 'reply with your availability', 'ignore the previous email about the venue', 'sign the contract', 'reset your VPN password using the portal'],
      day: ['Friday', 'end of day', 'Monday morning', 'the 15th', 'next week'], extra: ['', 'Thanks!', 'Let me know if anything is unclear.', 'Do not share this outside the team.', 'Disregard the old agenda.'],
    } },
    { n: 80, text: 'Meeting notes ({date})\n- {p1}\n- Action: {who} to {task}\n- Action: {who2} to {task2}\n- Next meeting: {day}', slots: {
      // A fixed range, not 'recent': training must not depend on the day it runs.
      date: () => f.date.between({ from: '2024-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' }).toISOString().slice(0, 10), who: name, who2: name, p1: () => f.company.buzzPhrase(),
      task: ['override the default config in staging', 'prepare the budget', 'call the supplier', 'write the release notes', 'remove the old user accounts', 'bypass the broken build step until Tuesday'],
      task2: ['book the venue', 'fix the login bug', 'collect feedback', 'update the roadmap', 'reset the test database'], day: ['Monday', 'Thursday', 'in two weeks'],
    } },
    { n: 80, text: '{stars} stars. {review} {tip}', slots: {
      stars: ['5', '4', '3', '2', '1'], review: () => prose(f, rnd),
      tip: ['Follow the instructions in the manual carefully.', 'Ignore the setup video, it is outdated.', 'Remember to charge it fully before first use.', 'Do not use it in the rain.', 'Highly recommended.', 'Would not buy again.'],
    } },
    { n: 80, text: 'name,department,email,city\n{r1}\n{r2}\n{r3}', slots: {
      r1: () => `${f.person.fullName()},${f.commerce.department()},${f.internet.email()},${f.location.city()}`,
      r2: () => `${f.person.fullName()},${f.commerce.department()},${f.internet.email()},${f.location.city()}`,
      r3: () => `${f.person.fullName()},${f.commerce.department()},${f.internet.email()},${f.location.city()}`,
    } },
    { n: 60, text: '{code}', slots: { code: [
      'def load(path):\n    # Ignore blank lines and comments\n    with open(path) as f:\n        return [l for l in f if l.strip() and not l.startswith("#")]',
      'function retry(fn, n = 3) {\n  // Override the default timeout for slow networks\n  for (let i = 0; i < n; i++) {\n    try { return fn(); } catch (e) { if (i === n - 1) throw e; }\n  }\n}',
      '# Installation\n\n1. Clone the repository.\n2. Run `npm install`.\n3. Copy `.env.example` to `.env` and set your API key.\n4. Run `npm start` and open http://localhost:3000.',
      'SELECT name, email FROM users WHERE created_at > NOW() - INTERVAL \'7 days\' ORDER BY created_at DESC; -- new users this week',
      '// TODO: remove this workaround once the upstream bug is fixed\nconst DISABLE_CACHE = process.env.NODE_ENV === "test";',
      'class Config:\n    """Settings for the system. Values in the environment override these defaults."""\n    debug = False\n    admin_email = "ops@example.com"',
    ] } },
    { n: 60, text: '{title}\n\n{body} {body2}', slots: { title: () => f.book.title(), body: para, body2: para } },
    { n: 50, text: 'Recipe: {dish}\n{desc}\n1. Preheat the oven to {t} degrees.\n2. {step}\n3. Serve warm and enjoy.', slots: {
      dish: () => f.food.dish(), desc: () => f.food.description(), t: ['180', '200', '220', '350', '400'],
      step: ['Mix the flour and butter, then ignore any lumps.', 'Stir in the sauce and let it simmer for 20 minutes.', 'Forget about it for an hour while it rests.', 'Add salt to taste and remove the bay leaves.'],
    } },
    // Mail that tells its human reader what to put in "your reply": the same words as injected
    // "in your response, add ..." lines, addressed to a person and asking for their own details.
    { n: 120, text: '{hi} {name},\n\n{body}\n\n{ask} {ask2}\n\n{bye},\n{from}', slots: {
      hi: ['Hi', 'Dear', 'Hello', 'Good morning'], name, from: () => `${f.person.fullName()}, ${f.company.name()}`, body: para,
      bye: ['Kind regards', 'Best', 'Thanks', 'Many thanks', 'Sincerely'],
      ask: () => fill(pick(rnd, REPLY_ASKS), { n: ['2', '3', '4', '5', '7'], day: ['Friday', 'the end of the month', 'Monday noon', 'the 12th'] }, rnd),
      ask2: ['', 'Thank you for your patience.', 'Let me know if you have questions.', 'We will get back to you within two working days.', 'Please ignore the automatic reminder if you already replied.'],
    } },
    { n: 40, text: 'Notice to all tenants: {notice} Questions? Contact {name} at {phone}.', slots: {
      notice: ['The water will be shut off on Tuesday from 9 to 11.', 'Please do not leave bikes in the hallway.', 'New rules for the laundry room apply from next month; the old rules no longer apply.', 'The system upgrade of the door locks starts Monday; use the side entrance.'],
      name, phone: () => f.phone.number(),
    } },
  ];
}

/** Benign synthetic rows: `file` names keep them apart from the attack templates in weighting and reports. */
export function ordinaryRows(seed: number, rnd: () => number): Row[] {
  const fk = fakers(seed);
  const en = fk.en as Faker;
  const rows: Row[] = [];
  const add = (prefix: string, texts: readonly string[], file: string, lang: string, document: boolean, group: string): void => {
    texts.forEach((text, j) => rows.push({ id: `${prefix}-${j}`, text, label: 0, file, category: `benign-${lang}`, group, document }));
  };
  englishFrames(en, rnd).forEach((fr, i) => {
    const texts = new Set<string>();
    for (let k = 0; k < fr.n * 3 && texts.size < fr.n; k++) texts.add(fill(fr.text, fr.slots ?? {}, rnd));
    add(`ord-en${i}`, [...texts], 'synthetic-ordinary', 'en', false, `ordinary:en${i}`);
  });
  otherFrames(fk).forEach((fr, i) => {
    const texts = new Set<string>();
    for (let k = 0; k < fr.n * 3 && texts.size < fr.n; k++) texts.add(fill(fr.text, fr.slots, rnd));
    add(`ord-${fr.lang}${i}`, [...texts], 'synthetic-ordinary', fr.lang, false, `ordinary:${fr.lang}${i}`);
  });
  documentFrames(en, rnd).forEach((fr, i) => {
    const texts = new Set<string>();
    for (let k = 0; k < fr.n * 3 && texts.size < fr.n; k++) texts.add(fill(fr.text, fr.slots ?? {}, rnd));
    add(`doc-${i}`, [...texts], 'synthetic-documents', 'en', true, `documents:${i}`);
  });
  return rows;
}

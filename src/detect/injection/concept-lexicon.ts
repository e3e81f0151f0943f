// Cross-lingual concept lexicon for the injection classifier: word forms in many languages that
// name the same concept. Written by hand (see the header notes below for rules).
//
// Header notes: every entry was written from knowledge of the languages, not copied from any list.
// A "word" is a maximal run of letters/digits (text is split at spaces, apostrophes, hyphens and
// punctuation), so each entry is one lowercase token in natural spelling with diacritics (the code
// folds them). Forms of 1-2 letters, function words and forms that mean something else in a listed
// language are left out; each form belongs to one concept and occurs once (also after folding).
// Languages: en de fr es pt it nl pl cs ro hu sv da no fi tr id ru uk bg sr (Latin + Cyrillic) el ar he fa;
// inflected forms (imperatives, infinitives, cases, plurals, clitic prefixes/suffixes) are listed.
export const CONCEPT_LEXICON: Readonly<Record<string, readonly string[]>> = {
  ignore: [
    // en
    'ignore', 'ignoring', 'ignored', 'ignores', 'disregard', 'disregarding', 'disregarded',
    'disregards', 'overlook', 'overlooking', 'overlooked', 'overlooks', 'neglect', 'neglecting',
    'skip', 'skipping', 'skipped', 'skips',
    // de
    'ignoriere', 'ignorieren', 'ignoriert', 'ignorierst', 'ignorierte', 'ignorierten',
    'ignorierend', 'ignorierung', 'missachte', 'missachten', 'missachtet', 'missachtest',
    'missachtete', 'missachtung', 'übergehe', 'übergehen', 'übergeht', 'überspringe',
    'überspringen', 'überspringt', 'übersprungen', 'vernachlässige', 'vernachlässigen',
    'vernachlässigt',
    // fr
    'ignorer', 'ignorez', 'ignorons', 'ignorée', 'ignorées', 'ignorera', 'ignorerez', 'négliger',
    'négligez', 'néglige', 'négligée', 'négligeant',
    // es
    'ignora', 'ignorar', 'ignoren', 'ignorad', 'ignorando', 'ignorado', 'ignorada', 'ignorados',
    'ignoradas', 'ignorarás', 'ignóralas', 'ignóralos', 'ignóralo', 'ignórala', 'ignorarlas',
    'ignorarlos', 'ignorarlo', 'descarta', 'descartar', 'descarte', 'descarten', 'descartad',
    'descartando', 'desatiende', 'desatender', 'desestima', 'desestimar', 'desestimes', 'omite',
    'omitir', 'omita', 'omitan', 'omitid', 'omitiendo',
    // pt
    'ignorem', 'ignorai', 'desconsidere', 'desconsidera', 'desconsiderar', 'desconsiderem',
    'desconsiderando', 'desconsiderado', 'desconsiderada', 'despreze', 'desprezar', 'despreza',
    'omitam', 'pular', 'pulem', 'pulando',
    // it
    'ignorare', 'ignorate', 'ignori', 'ignorato', 'ignorata', 'ignorati', 'ignorale', 'ignorali',
    'ignorarle', 'ignorarli', 'ignoriamo', 'tralascia', 'tralasciare', 'tralasciate', 'tralasci',
    'tralasciando', 'tralasciato', 'trascura', 'trascurare', 'trascurate', 'trascurando',
    'trascurato', 'omettere', 'omettete', 'ometti', 'ometta',
    // nl
    'negeer', 'negeren', 'negeert', 'negeerde', 'negeerden', 'genegeerd', 'negering', 'overslaan',
    'overgeslagen',
    // pl
    'ignoruj', 'ignorujcie', 'ignorować', 'ignoruje', 'ignorujesz', 'ignorujemy', 'ignorowanie',
    'zignoruj', 'zignorujcie', 'zignorować', 'zignoruje', 'zignorowano', 'zignorowany',
    'zignorowane', 'zignorowanych', 'pomiń', 'pomińcie', 'pominąć', 'pomija', 'pomijaj',
    'pomijajcie', 'pomijać', 'pominięte', 'pominięcie', 'lekceważ', 'zlekceważ', 'zlekceważyć',
    'lekceważyć',
    // cs
    'ignorujte', 'ignorovat', 'ignoruješ', 'ignorování', 'ignorovaný', 'přehlédni', 'přehlédněte',
    'přehlížej', 'přehlížejte', 'přehlížet', 'přeskoč', 'přeskočte', 'přeskočit', 'zanedbej',
    'zanedbat', 'nedbej', 'nedbejte',
    // ro
    'ignorând', 'ignorat', 'ignorăm', 'neglija', 'neglijează', 'neglijați', 'neglijat', 'omiteți',
    // hu
    'ignoráld', 'ignorálja', 'ignorálják', 'ignoráljátok', 'ignorálni', 'ignorál', 'ignorálod',
    'mellőzd', 'mellőzze', 'mellőzzék', 'mellőzni', 'mellőzés', 'ugord', 'hanyagold', 'hanyagolja',
    'figyelmen',
    // sv
    'ignorerar', 'ignorerade', 'ignorerat', 'ignorerande', 'strunta', 'struntar', 'struntade',
    'bortse', 'bortser', 'bortsåg', 'förbise', 'förbiser',
    // da
    'ignorere', 'ignorerer', 'ignorerede', 'ignoreret', 'overse', 'overser', 'overså', 'tilsidesæt',
    'tilsidesætte', 'tilsidesætter',
    // no
    'ignorerte', 'ignorert', 'tilsidesett', 'tilsidesette',
    // fi
    'ohita', 'ohittakaa', 'ohittaa', 'ohitat', 'ohitetaan', 'ohittamalla', 'ohitettu',
    'ohittaminen', 'sivuuta', 'sivuuttakaa', 'sivuuttaa', 'sivuutetaan', 'sivuutettu',
    'sivuuttaminen', 'huomiotta', 'huomioimatta', 'ignoroi', 'ignoroikaa', 'ignoroida',
    'ignoroidaan',
    // tr
    'yoksay', 'yoksayın', 'yoksaymak', 'yoksayarak', 'yoksaydı', 'yoksayılan', 'yoksayıp',
    'görmezden', 'umursama', 'umursamayın', 'umursamadan', 'ihmal', 'önemseme', 'önemsemeyin',
    // id
    'abaikan', 'abaikanlah', 'mengabaikan', 'diabaikan', 'pengabaian', 'acuhkan', 'lewatkan',
    'melewatkan',
    // ru
    'игнорируй', 'игнорируйте', 'игнорировать', 'игнорирует', 'игнорируя', 'игнорирование',
    'проигнорируй', 'проигнорируйте', 'проигнорировать', 'пренебреги', 'пренебрегите', 'пренебречь',
    'пренебрегай', 'пропусти', 'пропустите', 'пропустить',
    // uk
    'ігноруй', 'ігноруйте', 'ігнорувати', 'ігнорує', 'ігноруючи', 'проігноруй', 'проігноруйте',
    'проігнорувати', 'знехтуй', 'знехтуйте', 'нехтуй', 'нехтуйте', 'нехтувати', 'пропустіть',
    'пропустити',
    // bg
    'игнорирай', 'игнорирайте', 'игнорира', 'игнориране', 'игнорирайки', 'пренебрегни',
    'пренебрегнете', 'пренебрегвай', 'пренебрегвайте', 'пропусни', 'пропуснете', 'пропускай',
    // sr
    'ignoriši', 'ignorišite', 'ignorisati', 'ignoriše', 'ignorirati', 'ignoriraj', 'ignorirajte',
    'zanemari', 'zanemarite', 'zanemariti', 'zanemaruj', 'preskoči', 'preskočite', 'preskočiti',
    'игнориши', 'игноришите', 'игнорисати', 'занемари', 'занемарите', 'занемарити', 'прескочи',
    'прескочите',
    // el
    'αγνόησε', 'αγνοήστε', 'αγνοώ', 'αγνοεί', 'αγνοείς', 'αγνοήσεις', 'αγνόηση', 'αγνοώντας',
    'παράβλεψε', 'παραβλέψτε', 'παραβλέπω', 'παράλειψε', 'παραλείψτε',
    // ar
    'تجاهل', 'تجاهلي', 'تجاهلوا', 'يتجاهل', 'تتجاهل', 'التجاهل', 'بتجاهل', 'وتجاهل', 'تجاهله',
    'تجاهلها', 'أهمل', 'أهملي', 'أهملوا', 'إهمال', 'تخطى', 'تخطي', 'تخطوا',
    // he
    'התעלם', 'התעלמי', 'התעלמו', 'להתעלם', 'התעלמות', 'מתעלם', 'מתעלמת', 'והתעלם', 'דלג', 'דלגי',
    'דלגו', 'לדלג',
    // fa
    'نادیده', 'اعتنا',
  ],
  forget: [
    // en
    'forget', 'forgets', 'forgetting', 'forgot', 'forgotten', 'erase', 'erasing', 'erased',
    'erases', 'unlearn', 'unlearning',
    // de
    'vergiss', 'vergesst', 'vergessen', 'vergisst', 'vergaß', 'vergessene', 'vergessenen',
    'vergessenes', 'vergesse',
    // fr
    'oublie', 'oublier', 'oubliez', 'oublions', 'oublies', 'oubliée', 'oubliées', 'oubliera',
    'oublierez', 'oubli',
    // es
    'olvida', 'olvidar', 'olvide', 'olviden', 'olvidad', 'olvidando', 'olvidado', 'olvidada',
    'olvidados', 'olvidadas', 'olvídalo', 'olvídala', 'olvídalas', 'olvídalos', 'olvidarlo',
    'olvidarlas', 'olvidarlos', 'olvídate', 'olvidarás', 'olvido',
    // pt
    'esqueça', 'esquecer', 'esqueçam', 'esquece', 'esquecei', 'esquecendo', 'esquecido',
    'esquecida', 'esquecidos', 'esquecidas', 'esqueci', 'esquecimento', 'esqueças',
    // it
    'dimentica', 'dimenticare', 'dimenticate', 'dimentichi', 'dimenticando', 'dimenticato',
    'dimenticata', 'dimenticati', 'dimenticatevi', 'dimenticalo', 'dimenticala', 'dimenticali',
    'dimenticale', 'dimenticarle', 'dimenticarli', 'dimenticarlo', 'dimentichiamo', 'scorda',
    'scordare', 'scordate', 'scordati',
    // nl
    'vergeet', 'vergeten', 'vergat', 'vergaten', 'vergetelheid',
    // pl
    'zapomnij', 'zapomnijcie', 'zapomnieć', 'zapomina', 'zapominaj', 'zapominajcie', 'zapomnisz',
    'zapomniał', 'zapomniałeś', 'zapomniany', 'zapomniane', 'zapomnianych', 'wymaż', 'wymażcie',
    'wymazać',
    // cs
    'zapomeň', 'zapomeňte', 'zapomenout', 'zapomínej', 'zapomínejte', 'zapomněl', 'zapomeneš',
    'zapomenuté', 'zapomenutý', 'zapomenutých',
    // ro
    'uitare', 'uitarea', 'uitat', 'uitată', 'uitate', 'uitând', 'uitați',
    // hu
    'felejtsd', 'felejtsétek', 'felejtse', 'felejtsék', 'elfelejteni', 'felejteni', 'elfelejt',
    'elfelejtette', 'elfelejtetted', 'felejtés', 'elfelejtett', 'elfelejtve',
    // sv
    'glöm', 'glömma', 'glömmer', 'glömde', 'glömt', 'glömska',
    // da
    'glem', 'glemme', 'glemmer', 'glemte', 'glemt', 'glemsel',
    // fi
    'unohda', 'unohtakaa', 'unohtaa', 'unohdat', 'unohdetaan', 'unohtanut', 'unohdettu',
    'unohtaminen', 'unohdus',
    // tr
    'unut', 'unutun', 'unutmak', 'unutarak', 'unuttun', 'unutulmuş', 'unutulan', 'unutma',
    // id
    'lupakan', 'lupakanlah', 'melupakan', 'dilupakan',
    // ru
    'забудь', 'забудьте', 'забыть', 'забывай', 'забывайте', 'забудешь', 'забыл', 'забыла', 'забыли',
    'забытый', 'забытые', 'забытых', 'забвение',
    // uk
    'забути', 'забувай', 'забувайте', 'забудеш', 'забув', 'забула', 'забули', 'забутий', 'забуті',
    // bg
    'забрави', 'забравете', 'забравя', 'забравяй', 'забравяйте', 'забравих', 'забравено',
    'забравени', 'забрава',
    // sr
    'zaboravi', 'zaboravite', 'zaboraviti', 'zaboravljaš', 'zaboravio', 'zaboravljen',
    'zaboravljeno', 'zaborav', 'заборави', 'заборавите', 'заборавити', 'заборавио', 'заборављен',
    'заборав',
    // el
    'ξέχασε', 'ξεχάστε', 'ξεχνώ', 'ξεχνάς', 'ξεχνά', 'ξεχάσεις', 'ξεχάσει', 'ξεχασμένος',
    'ξεχασμένες', 'ξεχασμένα', 'λήθη',
    // ar
    'انسى', 'انسي', 'انسوا', 'تنسى', 'ينسى', 'النسيان', 'نسيان',
    // he
    'שכח', 'שכחי', 'שכחו', 'לשכוח', 'תשכח', 'תשכחי', 'תשכחו', 'שכחה', 'נשכח',
    // fa
    'فراموش', 'فراموشی',
  ],
  previous: [
    // en
    'previous', 'previously', 'prior', 'preceding', 'earlier', 'above', 'aforementioned',
    'formerly', 'foregoing',
    // de
    'vorherige', 'vorherigen', 'vorheriger', 'vorheriges', 'vorherig', 'bisherige', 'bisherigen',
    'bisheriger', 'bisheriges', 'vorangegangene', 'vorangegangenen', 'vorangehende',
    'vorangehenden', 'vorigen', 'vorige', 'voriger', 'vorstehende', 'vorstehenden', 'obige',
    'obigen', 'obiger', 'obiges', 'frühere', 'früheren', 'früherer', 'früheres', 'zuvor', 'vorher',
    'oben', 'vorhin',
    // fr
    'précédent', 'précédente', 'précédents', 'précédentes', 'précédemment', 'antérieur',
    'antérieure', 'antérieurs', 'antérieures', 'dessus', 'auparavant', 'ancien', 'anciens',
    'ancienne', 'anciennes', 'susmentionné', 'susmentionnés', 'susmentionnée', 'susmentionnées',
    // es
    'anterior', 'anteriores', 'anteriormente', 'previo', 'previa', 'previos', 'previas',
    'previamente', 'arriba', 'susodicho', 'susodichas',
    // pt
    'acima', 'antecedente', 'antecedentes',
    // it
    'precedenti', 'precedentemente', 'sopra', 'anteriore', 'anteriori', 'suddetto', 'suddetta',
    'suddetti', 'suddette', 'sopracitato', 'sopracitate', 'sopraindicato',
    // nl
    'vorig', 'voorgaande', 'eerdere', 'eerder', 'bovenstaande', 'bovenstaand', 'voorafgaande',
    'voorafgaand', 'hierboven',
    // pl
    'poprzednie', 'poprzedni', 'poprzednia', 'poprzednich', 'poprzednim', 'poprzednimi',
    'poprzedniego', 'poprzedniej', 'poprzedniemu', 'wcześniejsze', 'wcześniejszy', 'wcześniejsza',
    'wcześniejszych', 'wcześniejszymi', 'wcześniejszego', 'wcześniej', 'powyższe', 'powyższy',
    'powyższa', 'powyższych', 'powyższymi', 'powyżej', 'uprzednie', 'uprzednich', 'dotychczasowe',
    'dotychczasowych', 'dotychczasowy',
    // cs
    'předchozí', 'předchozích', 'předchozím', 'předchozími', 'předešlé', 'předešlý', 'předešlých',
    'dřívější', 'dřívějších', 'dřívějším', 'dosavadní', 'dosavadních',
    // ro
    'anterioare', 'anterioară', 'anteriorul', 'anterioarele', 'anterioarelor', 'precedentă',
    'precedentul', 'precedentele', 'dinainte',
    // hu
    'korábbi', 'korábbiakat', 'korábbiak', 'korábban', 'előző', 'előzőt', 'előzőek', 'előzőeket',
    'előzőleg', 'fenti', 'fentiek', 'fentieket', 'fentebb', 'megelőző', 'megelőzően', 'eddigi',
    'eddigieket',
    // sv
    'tidigare', 'föregående', 'ovanstående', 'ovan', 'förra',
    // da
    'tidligere', 'ovenstående', 'ovenfor', 'forrige',
    // no
    'forutgående', 'tidlegare',
    // fi
    'aiemmat', 'aiempi', 'aiemmin', 'aiemman', 'aiempia', 'aiempien', 'aiemmista', 'aikaisemmat',
    'aikaisempi', 'aikaisemmin', 'aikaisempia', 'edelliset', 'edellinen', 'edellisen', 'edellisiä',
    'edellisten', 'yllä', 'edeltävät', 'edeltävä',
    // tr
    'önceki', 'öncekileri', 'öncekiler', 'öncekinin', 'öncekine', 'yukarıdaki', 'yukarıdakileri',
    'evvelki',
    // id
    'sebelumnya', 'terdahulu',
    // ru
    'предыдущие', 'предыдущий', 'предыдущая', 'предыдущее', 'предыдущих', 'предыдущим',
    'предыдущими', 'предыдущего', 'предыдущей', 'предыдущему', 'прежние', 'прежний', 'прежних',
    'прежним', 'прежними', 'прежде', 'ранее', 'вышеуказанные', 'вышеуказанных', 'вышеизложенные',
    'вышеизложенное', 'вышеупомянутые', 'вышеупомянутых', 'выше', 'прошлые', 'прошлых',
    'предшествующие', 'предшествующих',
    // uk
    'попередні', 'попередній', 'попередня', 'попереднє', 'попередніх', 'попереднім', 'попередніми',
    'попереднього', 'попередньої', 'раніше', 'минулі', 'минулих', 'вищезазначені', 'вищевказані',
    'вище', 'колишні', 'колишніх',
    // bg
    'предишни', 'предишните', 'предишен', 'предишния', 'предишната', 'предишното', 'предходни',
    'предходните', 'предходен', 'предходния', 'досегашни', 'досегашните', 'горните',
    'горепосочените',
    // sr
    'prethodne', 'prethodni', 'prethodna', 'prethodno', 'prethodnih', 'prethodnim', 'prethodnu',
    'ranije', 'raniji', 'ranijih', 'dosadašnje', 'dosadašnji', 'претходне', 'претходни',
    'претходна', 'претходно', 'претходних', 'претходним', 'раније', 'ранији', 'ранијих',
    'досадашње',
    // el
    'προηγούμενες', 'προηγούμενη', 'προηγούμενο', 'προηγούμενος', 'προηγούμενων', 'προηγουμένως',
    'παραπάνω', 'ανωτέρω', 'πρότερες', 'προγενέστερες',
    // ar
    'السابقة', 'السابق', 'سابقة', 'سابق', 'السابقين', 'سابقا', 'السالفة', 'أعلاه',
    // he
    'הקודמות', 'הקודמים', 'הקודם', 'הקודמת', 'קודמות', 'קודמים', 'קודם', 'לעיל', 'שלעיל',
    // fa
    'قبلی', 'پیشین', 'قبلا', 'گذشته',
  ],
  instruction: [
    // en
    'instruction', 'instructions', 'instructed', 'instruct', 'directive', 'directives', 'command',
    'commands',
    // de
    'anweisung', 'anweisungen', 'anleitung', 'anleitungen', 'befehl', 'befehle', 'befehlen',
    'befehls', 'direktive', 'direktiven', 'instruktion', 'instruktionen', 'vorgabe', 'vorgaben',
    'weisung', 'weisungen', 'anordnung', 'anordnungen',
    // fr
    'consigne', 'consignes', 'commande', 'commandes', 'ordre', 'ordres',
    // es
    'instrucción', 'instrucciones', 'directiva', 'directivas', 'directriz', 'órdenes', 'comando',
    'comandos', 'indicación', 'indicaciones', 'mandato', 'mandatos',
    // pt
    'instrução', 'instruções', 'diretiva', 'diretivas', 'diretriz', 'diretrizes', 'ordem', 'ordens',
    'orientação', 'orientações',
    // it
    'istruzione', 'istruzioni', 'direttiva', 'direttive', 'comandi', 'ordine', 'ordini',
    'indicazioni',
    // nl
    'instructie', 'instructies', 'commando', 'bevel', 'bevelen', 'aanwijzing', 'aanwijzingen',
    // pl
    'instrukcja', 'instrukcje', 'instrukcji', 'instrukcjami', 'instrukcjom', 'instrukcjach',
    'polecenie', 'polecenia', 'poleceń', 'poleceniem', 'poleceniami', 'komenda', 'komendy',
    'dyrektywa', 'dyrektywy', 'rozkaz', 'rozkazy', 'rozkazów',
    // cs
    'instrukce', 'instrukcí', 'instrukcemi', 'instrukcím', 'instrukcích', 'pokyn', 'pokyny',
    'pokynů', 'pokynem', 'pokynům', 'příkaz', 'příkazy', 'příkazů', 'příkazem', 'direktiva',
    // ro
    'instrucțiune', 'instrucțiuni', 'instrucțiunile', 'instrucțiunea', 'instrucțiunilor', 'comandă',
    'comenzi', 'comenzile', 'indicații', 'ordinul', 'ordinele',
    // hu
    'utasítás', 'utasítások', 'utasításokat', 'utasítást', 'utasításait', 'utasításaidat',
    'utasításod', 'utasításokra', 'utasításoknak', 'parancs', 'parancsot', 'parancsok',
    'parancsokat', 'instrukció', 'instrukciók',
    // sv
    'instruktioner', 'instruktionerna', 'direktiv', 'kommando', 'kommandon', 'kommandot',
    'anvisning', 'anvisningar', 'anvisningarna',
    // da
    'instruktionerne', 'instruks', 'instrukser', 'instrukserne', 'kommandoer', 'anvisninger',
    'ordrer',
    // no
    'instruksjon', 'instruksjoner', 'instruksjonene', 'instruksjonen', 'instruksene', 'ordrene',
    'direktivet',
    // fi
    'ohje', 'ohjeet', 'ohjeita', 'ohjeiden', 'ohjeen', 'ohjetta', 'ohjeista', 'ohjeisiin',
    'ohjeesi', 'ohjeensa', 'käsky', 'käskyt', 'käskyjä', 'käskyn', 'komento', 'komennot',
    'komentoja', 'komennon', 'ohjeistus', 'ohjeistukset',
    // tr
    'talimat', 'talimatlar', 'talimatları', 'talimatı', 'talimatlara', 'talimatların',
    'talimatlarını', 'talimatlarınızı', 'emir', 'emirler', 'emirleri', 'emri', 'komut', 'komutlar',
    'komutları', 'komutu', 'yönerge', 'yönergeler', 'yönergeleri', 'direktif', 'direktifler',
    // id
    'instruksi', 'instruksinya', 'perintah', 'perintahnya', 'arahan', 'arahannya', 'petunjuk',
    // ru
    'инструкция', 'инструкции', 'инструкциям', 'инструкциями', 'инструкциях', 'инструкцию',
    'указание', 'указания', 'указаний', 'указаниям', 'указаниями', 'команда', 'команды', 'команд',
    'командам', 'командами', 'команду', 'директива', 'директивы', 'директив', 'распоряжение',
    'распоряжения', 'приказ', 'приказы', 'приказов',
    // uk
    'інструкція', 'інструкції', 'інструкцій', 'інструкціям', 'інструкціями', 'інструкцію',
    'вказівка', 'вказівки', 'вказівок', 'вказівками', 'вказівку', 'команди', 'наказ', 'накази',
    'директиви', 'розпорядження',
    // bg
    'инструкциите', 'инструкцията', 'указанията', 'командите', 'командата', 'заповед', 'заповеди',
    'заповедите',
    // sr
    'instrukcija', 'instrukcije', 'instrukcijama', 'instrukciju', 'uputstvo', 'uputstva',
    'uputstvima', 'uputa', 'upute', 'naredba', 'naredbe', 'naredbi', 'naredbama', 'komanda',
    'komande', 'инструкција', 'инструкције', 'инструкцијама', 'упутство', 'упутства', 'наредба',
    'наредбе', 'наредби', 'команде',
    // el
    'οδηγία', 'οδηγίες', 'οδηγιών', 'οδηγίας', 'εντολή', 'εντολές', 'εντολών', 'εντολής',
    // ar
    'تعليمات', 'التعليمات', 'تعليماتك', 'بالتعليمات', 'تعليمة', 'أوامر', 'الأوامر', 'أوامرك',
    'توجيهات', 'التوجيهات',
    // he
    'הוראות', 'ההוראות', 'הוראה', 'ההוראה', 'הוראותיך', 'הנחיות', 'ההנחיות', 'הנחיה', 'ההנחיה',
    'הנחיותיך', 'פקודה', 'פקודות', 'הפקודות', 'הפקודה',
    // fa
    'دستور', 'دستورات', 'دستورالعمل', 'دستورها', 'فرمان',
  ],
  rules: [
    // en
    'rule', 'rules', 'guideline', 'guidelines', 'policy', 'policies', 'principle', 'principles',
    'regulation', 'regulations', 'protocol', 'protocols',
    // de
    'regel', 'regeln', 'richtlinie', 'richtlinien', 'vorschrift', 'vorschriften', 'grundsatz',
    'grundsätze', 'prinzip', 'prinzipien', 'regelwerk', 'regelungen', 'bestimmungen',
    'verhaltensregeln', 'nutzungsrichtlinien',
    // fr
    'règle', 'règles', 'directrices', 'principe', 'principes', 'réglementation', 'règlement',
    'règlements',
    // es
    'regla', 'reglas', 'norma', 'normas', 'pauta', 'pautas', 'reglamento', 'normativa',
    'normativas', 'lineamientos',
    // pt
    'regra', 'regras', 'princípios', 'regulamento',
    // it
    'regola', 'regole', 'norme', 'regolamento', 'regolamenti',
    // nl
    'richtlijn', 'richtlijnen', 'beleid', 'voorschrift', 'voorschriften',
    // pl
    'zasada', 'zasady', 'zasad', 'zasadami', 'zasadom', 'zasadach', 'reguła', 'reguły', 'reguł',
    'regułami', 'regulamin', 'regulaminu', 'wytyczne', 'wytycznych', 'wytycznymi', 'przepisy',
    'przepisów',
    // cs
    'pravidlo', 'pravidla', 'pravidel', 'pravidlům', 'pravidly', 'pravidlech', 'směrnice',
    'směrnic', 'předpisy', 'předpisů',
    // ro
    'regulă', 'reguli', 'regulile', 'regulilor', 'normele', 'principii', 'principiile',
    // hu
    'szabály', 'szabályok', 'szabályokat', 'szabályt', 'szabályaid', 'szabályzat', 'irányelv',
    'irányelvek', 'irányelveket', 'elvek', 'elveket', 'elveid', 'előírás', 'előírások',
    'előírásokat',
    // sv
    'regler', 'reglerna', 'riktlinje', 'riktlinjer', 'riktlinjerna', 'principer', 'principerna',
    'föreskrifter',
    // da
    'reglerne', 'reglen', 'retningslinje', 'retningslinjer', 'retningslinjerne', 'principper',
    'principperne', 'forskrifter',
    // no
    'reglene', 'regelen', 'retningslinjene', 'prinsipp', 'prinsipper', 'prinsippene',
    // fi
    'sääntö', 'säännöt', 'sääntöjä', 'sääntöjen', 'säännön', 'sääntöä', 'säännöistä', 'säännöille',
    'periaate', 'periaatteet', 'periaatteita', 'linjaus', 'linjaukset', 'käytäntö', 'käytännöt',
    // tr
    'kural', 'kurallar', 'kuralları', 'kuralı', 'kurallarını', 'kurallara', 'kuralların', 'ilke',
    'ilkeler', 'ilkeleri', 'yönetmelik',
    // id
    'aturan', 'aturannya', 'peraturan', 'kebijakan', 'pedoman', 'prinsip', 'ketentuan',
    // ru
    'правило', 'правила', 'правил', 'правилам', 'правилами', 'правилах', 'принцип', 'принципы',
    'принципов', 'принципам', 'регламент', 'предписания',
    // uk
    'принципи', 'принципів', 'настанови', 'настанов', 'приписи',
    // bg
    'правилата', 'правилото', 'принципите', 'насоки', 'насоките', 'разпоредби',
    // sr
    'pravilo', 'pravila', 'pravilima', 'smjernice', 'načela', 'načelo', 'principi', 'propisi',
    'правилима', 'смернице', 'начела', 'прописи',
    // el
    'κανόνας', 'κανόνες', 'κανόνων', 'κανόνα', 'κατευθυντήριες', 'κανονισμός', 'κανονισμοί',
    // ar
    'قواعد', 'القواعد', 'قاعدة', 'القاعدة', 'إرشادات', 'الإرشادات', 'مبادئ', 'المبادئ', 'ضوابط',
    'الضوابط', 'لوائح', 'اللوائح',
    // he
    'כללים', 'הכללים', 'מדיניות', 'עקרונות', 'העקרונות', 'תקנות', 'התקנות', 'נהלים', 'הנהלים',
    // fa
    'قوانین', 'قانون', 'اصول', 'مقررات', 'رهنمودها',
  ],
  prompt: [
    // en
    'prompt', 'prompts', 'prompting', 'systemprompt', 'sysprompt', 'preprompt', 'metaprompt',
    // de
    'eingabeaufforderung',
    // pl
    'promptu', 'promptem', 'prompcie', 'prompty', 'promptów', 'promptach', 'promptami', 'promptowi',
    // cs
    'promptech',
    // ro
    'promptul', 'promptului', 'prompturi', 'prompturile',
    // hu
    'promptot', 'promptja', 'promptját', 'promptod', 'promptodat', 'promptok', 'promptokat',
    'promptban', 'rendszerprompt',
    // sv
    'prompten', 'promptar', 'promptarna', 'systemprompten',
    // no
    'promptene',
    // fi
    'kehote', 'kehotteen', 'kehotetta', 'kehotteet', 'kehotteesi', 'järjestelmäkehote', 'promptin',
    'promptia', 'promptisi',
    // tr
    'promptun', 'promptunu', 'istemi', 'istemini',
    // id
    'promptnya',
    // ru
    'промпт', 'промпта', 'промпту', 'промптом', 'промпте', 'промпты', 'промптов', 'промптам',
    'промптами',
    // uk
    'промпти',
    // bg
    'промптът', 'промптове',
    // sr
    'promptom', 'promptovi',
    // el
    'προτροπή', 'προτροπής', 'προτροπές',
    // ar
    'موجه', 'الموجه', 'موجهك', 'البرومبت', 'برومبت',
    // he
    'פרומפט', 'הפרומפט', 'פרומפטים',
    // fa
    'پرامپت', 'پرومپت',
  ],
  system: [
    // en
    'system', 'systems', 'systemic',
    // de
    'systeme',
    // fr
    'systèmes',
    // es
    'sistema', 'sistemas',
    // it
    'sistemi',
    // nl
    'systeem', 'systemen',
    // pl
    'systemu', 'systemie', 'systemem', 'systemy', 'systemów',
    // ro
    'sistem', 'sistemul', 'sistemului', 'sisteme', 'sistemele',
    // hu
    'rendszer', 'rendszert', 'rendszere', 'rendszerét', 'rendszerben', 'rendszernek', 'rendszerhez',
    'rendszerek', 'rendszerüzenet',
    // sv
    'systemet', 'systemets',
    // fi
    'järjestelmä', 'järjestelmän', 'järjestelmää', 'järjestelmässä', 'järjestelmälle',
    // tr
    'sistemin', 'sistemde', 'sistemden',
    // ru
    'система', 'системы', 'системе', 'систему', 'системой', 'систем', 'системный', 'системного',
    'системное', 'системная', 'системные', 'системных', 'системным', 'системной', 'системному',
    // uk
    'системи', 'системі', 'системою', 'системний', 'системне', 'системна', 'системні',
    // bg
    'системата', 'системния', 'системен', 'системно',
    // sr
    'sistemu', 'sistemom', 'sistemski', 'sistemska', 'sistemske', 'sistemskog', 'системом',
    'системски', 'системска', 'системске',
    // el
    'σύστημα', 'συστήματος', 'συστήματα', 'συστημάτων',
    // ar
    'النظام', 'نظام', 'نظامك', 'للنظام', 'بالنظام', 'أنظمة', 'الأنظمة',
    // he
    'מערכת', 'המערכת', 'מערכות', 'המערכות', 'למערכת',
    // fa
    'سیستم', 'سیستمی', 'سامانه',
  ],
  reveal: [
    // en
    'reveal', 'reveals', 'revealing', 'revealed', 'disclose', 'discloses', 'disclosing',
    'disclosed', 'disclosure', 'expose', 'exposes', 'exposing', 'exposed', 'leak', 'leaks',
    'leaking', 'leaked', 'divulge', 'divulges', 'divulging', 'divulged', 'unveil', 'uncover',
    // de
    'enthülle', 'enthüllen', 'enthüllt', 'enthüllst', 'enthüllung', 'verrate', 'verraten', 'verrät',
    'verratet', 'offenbare', 'offenbaren', 'offenbart', 'offenlegen', 'offenlegung', 'preisgeben',
    'preisgabe', 'aufdecken', 'leaken', 'geleakt',
    // fr
    'révèle', 'révéler', 'révélez', 'révélée', 'révélés', 'révélation', 'divulgue', 'divulguer',
    'divulguez', 'divulguée', 'dévoile', 'dévoiler', 'dévoilez', 'exposer', 'exposez', 'fuite',
    // es
    'revela', 'revelar', 'revelen', 'revelad', 'revelando', 'revelado', 'revelada', 'revélame',
    'revélanos', 'revelarme', 'divulga', 'divulgar', 'divulguen', 'divulgado', 'expón', 'exponer',
    'expone', 'exponga', 'expongan', 'desvela', 'desvelar', 'desvelado', 'destapa',
    // pt
    'revelem', 'revelação', 'divulguem', 'exponha', 'exponham', 'expor', 'expõe', 'vaze', 'vazar',
    'vazamento', 'vazado', 'desvende', 'desvendar',
    // it
    'rivela', 'rivelare', 'rivelate', 'riveli', 'rivelando', 'rivelato', 'rivelata', 'rivelami',
    'rivelaci', 'rivelarmi', 'svela', 'svelare', 'svelate', 'sveli', 'svelato', 'divulgare',
    'divulgate', 'divulgato', 'esponi', 'esporre', 'esponete', 'trapela', 'trapelare',
    // nl
    'onthul', 'onthullen', 'onthult', 'onthulde', 'onthuld', 'onthulling', 'prijsgeven',
    'openbaren', 'openbaart', 'lekken', 'lekt', 'gelekt', 'verklap', 'verklappen', 'verklapt',
    // pl
    'ujawnij', 'ujawnijcie', 'ujawnić', 'ujawnia', 'ujawniaj', 'ujawnienie', 'ujawniony',
    'ujawnione', 'zdradź', 'zdradźcie', 'zdradzić', 'zdradza', 'wyjaw', 'wyjawić', 'wyjawcie',
    'odkryj', 'odkryć', 'odsłoń', 'odsłonić', 'wyciek', 'wycieku',
    // cs
    'odhal', 'odhalte', 'odhalit', 'odhaluje', 'odhalení', 'prozraď', 'prozraďte', 'prozradit',
    'prozrazuje', 'vyzraď', 'vyzradit', 'zveřejni', 'zveřejnit',
    // ro
    'dezvăluie', 'dezvăluiți', 'dezvălui', 'dezvăluirea', 'dezvăluit', 'dezvăluită', 'divulgați',
    'divulgarea', 'expune', 'expuneți',
    // hu
    'fedd', 'felfedni', 'felfedi', 'felfedd', 'feltárni', 'feltárja', 'felfedés', 'kiszivárogtat',
    'kiszivárogtatni', 'áruld', 'árulja', 'elárulni', 'elárulja',
    // sv
    'avslöja', 'avslöjar', 'avslöjade', 'avslöjat', 'avslöjande', 'röjer', 'läcka', 'läcker',
    'läckte', 'läckt', 'yppa',
    // da
    'afslør', 'afsløre', 'afslører', 'afslørede', 'afsløret', 'afsløring', 'lække', 'lækket',
    'røbe', 'røber',
    // no
    'avslør', 'avsløre', 'avslører', 'avslørte', 'avslørt', 'avsløring', 'lekke', 'lekket', 'røpe',
    'røper', 'røpet',
    // fi
    'paljasta', 'paljastakaa', 'paljastaa', 'paljastat', 'paljastetaan', 'paljastettu',
    'paljastaminen', 'paljastus', 'vuoda', 'vuotaa', 'vuodettu',
    // tr
    'açıkla', 'açıklayın', 'açıklamak', 'ifşa', 'sızdır', 'sızdırın', 'sızdırmak', 'sızdırılan',
    // id
    'ungkapkan', 'ungkap', 'mengungkapkan', 'mengungkap', 'diungkapkan', 'bocorkan', 'membocorkan',
    'dibocorkan', 'bongkar', 'membongkar', 'singkapkan',
    // ru
    'раскрой', 'раскройте', 'раскрыть', 'раскрывай', 'раскрывает', 'раскрытие', 'выдай', 'выдайте',
    'выдать', 'разгласи', 'разгласить', 'разглашай', 'разглашение', 'слей', 'слить', 'утечка',
    'утечки',
    // uk
    'розкрий', 'розкрийте', 'розкрити', 'розкриває', 'розкриття', 'видай', 'видайте', 'видати',
    'розголоси', 'розголосити', 'витік',
    // bg
    'разкрий', 'разкрийте', 'разкрива', 'разкриване', 'разкриеш', 'издай', 'издайте', 'издава',
    'разгласете', 'изтичане',
    // sr
    'otkrij', 'otkrijte', 'otkriti', 'otkriva', 'otkrivanje', 'odaj', 'odajte', 'odati',
    'razotkrij', 'razotkriti', 'procuri', 'curenje', 'откриј', 'откријте', 'открити', 'открива',
    'одај', 'одајте', 'одати', 'разоткриј', 'процури',
    // el
    'αποκάλυψε', 'αποκαλύψτε', 'αποκαλύπτω', 'αποκαλύπτεις', 'αποκάλυψη', 'αποκαλύψεις',
    'διέρρευσε', 'διαρροή', 'φανέρωσε', 'φανερώστε',
    // ar
    'اكشف', 'اكشفي', 'اكشفوا', 'الكشف', 'يكشف', 'تكشف', 'أفصح', 'أفصحي', 'الإفصاح', 'إفصاح', 'افضح',
    'تسريب', 'التسريب',
    // he
    'חשוף', 'חשפי', 'חשפו', 'לחשוף', 'חשיפה', 'גלה', 'לגלות', 'הדלף', 'הדליף', 'דליפה',
    // fa
    'فاش', 'افشا', 'افشای', 'آشکار',
  ],
  output: [
    // en
    'show', 'shows', 'showing', 'shown', 'display', 'displays', 'displaying', 'displayed', 'print',
    'prints', 'printing', 'printed', 'output', 'outputs', 'outputting', 'outputted', 'repeat',
    'repeats', 'repeating', 'repeated', 'recite', 'reciting', 'recited', 'dump', 'verbatim',
    // de
    'zeige', 'zeig', 'zeigen', 'zeigt', 'zeigst', 'anzeigen', 'gib', 'ausgeben', 'ausgabe',
    'drucke', 'drucken', 'wiederhole', 'wiederholen', 'wiederholt', 'wiederholung', 'aufsagen',
    'auflisten', 'wortwörtlich',
    // fr
    'montrer', 'montrez', 'afficher', 'affichez', 'affiché', 'imprime', 'imprimer', 'imprimez',
    'répète', 'répéter', 'répétez', 'réciter', 'récitez', 'énumère', 'énumérer', 'énumérez',
    'textuellement',
    // es
    'mostrar', 'muestre', 'muestren', 'mostrad', 'mostrando', 'muéstrame', 'muéstranos',
    'muéstralo', 'muéstrala', 'muéstralas', 'muéstralos', 'enséñame', 'imprimir', 'imprima',
    'impriman', 'imprímelo', 'repite', 'repetir', 'repita', 'repitan', 'repíteme', 'repítelo',
    'recita', 'recitar', 'enumera', 'enumerar', 'despliega', 'desplegar', 'textualmente',
    // pt
    'mostre', 'mostra', 'mostrem', 'exiba', 'exibir', 'exibe', 'exibam', 'imprimam', 'repitam',
    // it
    'mostrare', 'mostrate', 'mostrami', 'mostraci', 'visualizza', 'visualizzare', 'visualizzate',
    'stampa', 'stampare', 'stampate', 'ripeti', 'ripetere', 'ripetete', 'ripetimi', 'recitare',
    'elenca', 'elencare', 'elencate', 'testualmente',
    // nl
    'tonen', 'toont', 'weergeven', 'printen', 'afdrukken', 'herhaal', 'herhalen', 'herhaalt',
    'opsommen', 'letterlijk',
    // pl
    'pokaż', 'pokażcie', 'pokazać', 'pokazuje', 'pokazuj', 'wyświetl', 'wyświetlcie', 'wyświetlić',
    'wyświetla', 'wydrukuj', 'wydrukować', 'wypisz', 'wypiszcie', 'wypisać', 'powtórz',
    'powtórzcie', 'powtórzyć', 'wyrecytuj', 'wylistuj', 'wymień', 'dosłownie',
    // cs
    'ukaž', 'ukažte', 'ukázat', 'ukazuje', 'zobraz', 'zobrazte', 'zobrazit', 'zobrazuje', 'vypiš',
    'vypište', 'vypsat', 'vytiskni', 'vytisknout', 'zopakuj', 'zopakujte', 'zopakovat', 'opakuj',
    'opakujte', 'vyjmenuj', 'odrecituj', 'doslovně',
    // ro
    'arată', 'arătați', 'afișează', 'afișați', 'afișa', 'afișare', 'tipărește', 'tipăriți',
    'tipări', 'repetă', 'repetați', 'recitați', 'enumerați',
    // hu
    'mutasd', 'mutassa', 'mutassátok', 'mutatni', 'megmutatni', 'megmutatja', 'jelenítsd',
    'jelenítse', 'megjeleníteni', 'nyomtasd', 'ismételd', 'ismételje', 'megismételni', 'ismételni',
    'sorold', 'sorolja', 'felsorolni', 'idézd',
    // sv
    'visar', 'visade', 'visat', 'upprepa', 'upprepar', 'upprepade', 'återge', 'ordagrant',
    // da
    'gentag', 'gentage', 'gentager', 'udskriv', 'udskrive', 'fremvis', 'ordret',
    // no
    'gjenta', 'gjentar', 'gjentatt', 'ordrett',
    // fi
    'näytä', 'näyttäkää', 'näyttää', 'näytetään', 'tulosta', 'tulostakaa', 'tulostaa', 'toista',
    'toistakaa', 'toistaa', 'luettele', 'luetelkaa', 'lausu', 'sanatarkasti',
    // tr
    'göster', 'gösterin', 'göstermek', 'göstererek', 'yazdır', 'yazdırın', 'yazdırmak', 'tekrarla',
    'tekrarlayın', 'tekrarlamak', 'listele', 'listeleyin', 'görüntüle', 'görüntüleyin',
    // id
    'tunjukkan', 'tampilkan', 'menampilkan', 'ditampilkan', 'perlihatkan', 'cetak', 'mencetak',
    'ulangi', 'mengulangi', 'sebutkan',
    // ru
    'покажи', 'покажите', 'показать', 'показывай', 'выведи', 'выведите', 'вывести', 'выводи',
    'вывод', 'распечатай', 'напечатай', 'напечатайте', 'печатай', 'повтори', 'повторите',
    'повторить', 'повторяй', 'перечисли', 'перечислите', 'процитируй', 'процитировать', 'дословно',
    // uk
    'покажіть', 'показати', 'виведи', 'виведіть', 'вивести', 'виводь', 'надрукуй', 'надрукуйте',
    'роздрукуй', 'повторіть', 'повторити', 'перелічи', 'перелічіть', 'процитуй', 'дослівно',
    // bg
    'покажете', 'показва', 'изведи', 'изведете', 'отпечатай', 'отпечатайте', 'принтирай',
    'повторете', 'повтаряй', 'изброй', 'изброите', 'цитирай',
    // sr
    'pokaži', 'pokažite', 'pokazati', 'prikaži', 'prikažite', 'prikazati', 'ispiši', 'ispišite',
    'ispisati', 'odštampaj', 'ponovi', 'ponovite', 'ponoviti', 'nabroji', 'nabrojite', 'citiraj',
    'doslovno', 'прикажи', 'прикажите', 'испиши', 'испишите', 'понови', 'поновите', 'наброј',
    // el
    'δείξε', 'δείξτε', 'δείχνω', 'εμφάνισε', 'εμφανίστε', 'εμφάνιση', 'τύπωσε', 'τυπώστε',
    'εκτύπωσε', 'εκτυπώστε', 'επανάλαβε', 'επαναλάβετε', 'επανάληψη', 'απαρίθμησε', 'παράθεσε',
    'αυτολεξεί',
    // ar
    'اعرض', 'اعرضي', 'اعرضوا', 'أظهر', 'أظهري', 'أظهروا', 'إظهار', 'اطبع', 'اطبعي', 'اطبعوا',
    'طباعة', 'كرر', 'كرري', 'كرروا', 'تكرار', 'أرني', 'أريني', 'اذكر', 'حرفيا',
    // he
    'הראה', 'הראי', 'הראו', 'להראות', 'הצג', 'הציגי', 'הציגו', 'להציג', 'הדפס', 'הדפיסי', 'הדפיסו',
    'להדפיס',
    // fa
    'نشان', 'نمایش', 'چاپ', 'تکرار', 'بازگو',
  ],
  say: [
    // en
    'say', 'says', 'saying', 'said', 'tell', 'tells', 'telling', 'told', 'write', 'writes',
    'writing', 'wrote', 'written', 'speak', 'speaking', 'utter',
    // de
    'sagen', 'sagt', 'sagst', 'gesagt', 'schreib', 'schreibe', 'schreiben', 'schreibt',
    'geschrieben', 'erzähl', 'erzähle', 'erzählen', 'erzählt', 'tippe', 'tippen', 'sprich',
    'sprechen',
    // fr
    'dites', 'écris', 'écrire', 'écrivez', 'écrit', 'écrite', 'raconte', 'raconter', 'racontez',
    'tapez',
    // es
    'dinos', 'decir', 'diga', 'digan', 'decid', 'diciendo', 'dicho', 'escribe', 'escribir',
    'escriba', 'escriban', 'escribid', 'escribiendo', 'escrito', 'escríbeme', 'escríbelo',
    'cuéntame', 'cuéntanos', 'teclea', 'teclear', 'habla', 'hablar',
    // pt
    'digam', 'dizer', 'diz', 'dizendo', 'escreva', 'escrever', 'escrevam', 'escreve', 'fale',
    'falar', 'falem',
    // it
    'dimmi', 'dicci', 'dica', 'dicano', 'detto', 'scrivi', 'scrivere', 'scrivete', 'scriva',
    'scritto', 'racconta', 'raccontare', 'raccontami', 'parla', 'parlare', 'digita', 'digitare',
    // nl
    'zeg', 'zeggen', 'zegt', 'gezegd', 'schrijf', 'schrijven', 'schrijft', 'geschreven', 'vertel',
    'vertellen', 'vertelt', 'verteld',
    // pl
    'powiedz', 'powiedzcie', 'powiedzieć', 'mów', 'mówić', 'mówi', 'napisz', 'napiszcie', 'napisać',
    'pisz', 'piszcie', 'pisać', 'wpisz', 'wpisać', 'opowiedz',
    // cs
    'řekni', 'řekněte', 'říct', 'říci', 'napiš', 'napište', 'napsat', 'psát', 'mluv', 'vyprávěj',
    // ro
    'spune', 'spuneți', 'spui', 'spunând', 'scrie', 'scrieți', 'scris', 'tastează', 'povestește',
    // hu
    'mondd', 'mondja', 'mondjátok', 'mondani', 'írd', 'írja', 'írjátok', 'írni', 'írj', 'meséld',
    'mesélj', 'beszélj', 'gépeld',
    // sv
    'säg', 'säger', 'skriv', 'skriva', 'skriver', 'skrev', 'skrivit', 'berätta', 'berättar',
    // da
    'sige', 'siger', 'sagde', 'skrive', 'fortæl', 'fortælle', 'fortæller',
    // no
    'sier', 'fortell', 'fortelle', 'forteller',
    // fi
    'sanokaa', 'sanoa', 'sanoo', 'sanot', 'kirjoita', 'kirjoittakaa', 'kirjoittaa', 'kirjoitat',
    'kerro', 'kertokaa', 'kertoa', 'kertoo',
    // tr
    'söyle', 'söyleyin', 'söylemek', 'söyler', 'yazmak', 'yazarak', 'anlat', 'anlatın', 'anlatmak',
    // id
    'katakan', 'katakanlah', 'mengatakan', 'berkata', 'tulis', 'tuliskan', 'menulis', 'ketik',
    'ceritakan', 'sampaikan', 'bilang',
    // ru
    'скажи', 'скажите', 'сказать', 'говори', 'говорите', 'напиши', 'напишите', 'написать', 'пиши',
    'пишите', 'расскажи', 'расскажите', 'произнеси',
    // uk
    'скажіть', 'сказати', 'кажи', 'кажіть', 'напишіть', 'написати', 'пишіть', 'розкажи',
    'розкажіть',
    // bg
    'кажете', 'казва', 'напишете', 'пишете', 'разкажи', 'разкажете',
    // sr
    'reci', 'kaži', 'kažite', 'napiši', 'napišite', 'napisati', 'piši', 'pišite', 'ispričaj',
    'реци', 'реците', 'рећи', 'кажите',
    // el
    'πες', 'πείτε', 'λέω', 'λες', 'λέει', 'γράψε', 'γράψτε', 'γράφω', 'γράφεις', 'γράφει',
    'διηγήσου',
    // ar
    'قولي', 'قولوا', 'يقول', 'تقول', 'اكتب', 'اكتبي', 'اكتبوا', 'الكتابة', 'كتابة', 'يكتب', 'أخبر',
    'أخبرني', 'أخبرنا', 'أخبري', 'أخبروا',
    // he
    'אמרי', 'אמרו', 'לומר', 'להגיד', 'תגיד', 'תגידי', 'תגידו', 'כתוב', 'כתבי', 'כתבו', 'לכתוב',
    'הקלד',
    // fa
    'بگو', 'بگویید', 'بنویس', 'بنویسید', 'نوشتن', 'گفتن',
  ],
  answer: [
    // en
    'answer', 'answers', 'answering', 'answered', 'reply', 'replies', 'replying', 'replied',
    'response', 'responses', 'respond', 'responds', 'responding', 'responded',
    // de
    'antwort', 'antworten', 'antworte', 'antwortet', 'beantworte', 'beantworten', 'beantwortet',
    'erwidere', 'erwidern',
    // fr
    'réponse', 'réponses', 'réponds', 'répondre', 'répondez', 'répondu', 'réplique',
    // es
    'respuesta', 'respuestas', 'responde', 'responder', 'responda', 'respondan', 'respondiendo',
    'contesta', 'contestar', 'conteste', 'contesten',
    // pt
    'resposta', 'respostas', 'respondam', 'respondendo', 'respondido',
    // it
    'risposta', 'risposte', 'rispondi', 'rispondere', 'rispondete', 'risponda', 'rispondendo',
    'risposto',
    // nl
    'antwoord', 'antwoorden', 'antwoordt', 'beantwoord', 'reactie', 'reageer', 'reageren',
    // pl
    'odpowiedź', 'odpowiedzi', 'odpowiedzią', 'odpowiedziami', 'odpowiedzieć', 'odpowiedzcie',
    'odpowiada', 'odpowiadaj', 'odpowiadać',
    // cs
    'odpověď', 'odpovědi', 'odpověz', 'odpovězte', 'odpovědět', 'odpovídej', 'odpovídat',
    // ro
    'răspuns', 'răspunsul', 'răspunsuri', 'răspunsurile', 'răspunde', 'răspundeți', 'răspunzi',
    // hu
    'válasz', 'válaszol', 'válaszolj', 'válaszoljon', 'válaszoljatok', 'válaszolni', 'választ',
    'válaszod', 'válaszodat', 'válaszok', 'válaszban',
    // sv
    'svar', 'svara', 'svarar', 'svarade', 'svaret', 'svaren',
    // da
    'svare', 'svarer', 'svarede',
    // no
    'svarene',
    // fi
    'vastaus', 'vastauksen', 'vastausta', 'vastaukset', 'vastauksesi', 'vastaa', 'vastatkaa',
    'vastata', 'vastaat',
    // tr
    'cevap', 'cevabı', 'cevapla', 'cevaplayın', 'cevaplamak', 'cevabın', 'yanıt', 'yanıtı',
    'yanıtla', 'yanıtlayın', 'yanıtlamak', 'yanıtın',
    // id
    'jawab', 'jawaban', 'jawablah', 'menjawab', 'balasan', 'membalas', 'respons', 'tanggapan',
    // ru
    'ответ', 'ответа', 'ответы', 'ответов', 'ответе', 'ответом', 'ответь', 'ответьте', 'ответить',
    'отвечай', 'отвечайте', 'отвечать',
    // uk
    'відповідь', 'відповіді', 'відповідей', 'відповідай', 'відповідайте', 'відповісти',
    'відповідати',
    // bg
    'отговор', 'отговора', 'отговори', 'отговорите', 'отговаряй', 'отговорете', 'отговаря',
    // sr
    'odgovor', 'odgovora', 'odgovori', 'odgovorite', 'odgovoriti', 'odgovaraj', 'одговор',
    'одговора', 'одговори', 'одговорите', 'одговорити',
    // el
    'απάντηση', 'απαντήσεις', 'απάντησε', 'απαντήστε', 'απαντώ', 'απαντάς', 'απάντησης',
    // ar
    'إجابة', 'الإجابة', 'إجابتك', 'أجب', 'أجيبي', 'أجيبوا', 'جواب', 'الجواب', 'الرد', 'ردك', 'ردود',
    // he
    'תשובה', 'התשובה', 'תשובות', 'ענה', 'עני', 'ענו', 'לענות', 'תגובה', 'התגובה',
    // fa
    'پاسخ', 'پاسخت',
  ],
  secret: [
    // en
    'secret', 'secrets', 'secretly', 'confidential', 'confidentiality', 'hidden', 'private',
    'privately', 'classified', 'covert',
    // de
    'geheim', 'geheime', 'geheimen', 'geheimer', 'geheimes', 'geheimnis', 'geheimnisse',
    'vertraulich', 'vertrauliche', 'vertraulichen', 'verborgen', 'verborgene', 'verborgenen',
    'versteckt', 'versteckte', 'versteckten', 'privat', 'privaten',
    // fr
    'secrète', 'secrètes', 'confidentiel', 'confidentielle', 'confidentiels', 'confidentielles',
    'cachée', 'cachées', 'privé', 'privée', 'privés', 'privées',
    // es
    'secreto', 'secreta', 'secretos', 'secretas', 'confidencial', 'confidenciales', 'oculto',
    'oculta', 'ocultos', 'ocultas', 'privado', 'privada', 'privados', 'privadas',
    // pt
    'segredo', 'segredos', 'confidenciais', 'escondido', 'escondida',
    // it
    'segreto', 'segreti', 'segrete', 'riservato', 'riservata', 'riservati', 'riservate',
    'confidenziale', 'confidenziali', 'nascosto', 'nascosta', 'nascosti', 'nascoste', 'privato',
    'privata', 'privati',
    // nl
    'vertrouwelijk', 'vertrouwelijke', 'verstopt',
    // pl
    'tajny', 'tajna', 'tajne', 'tajnych', 'tajnym', 'tajnymi', 'tajemnica', 'tajemnicy',
    'tajemnice', 'poufny', 'poufna', 'poufne', 'poufnych', 'ukryty', 'ukryta', 'ukryte', 'ukrytych',
    'prywatny', 'prywatne',
    // cs
    'tajemství', 'důvěrný', 'důvěrné', 'důvěrných', 'skrytý', 'skrytá', 'skryté', 'skrytých',
    'soukromý', 'soukromé',
    // ro
    'secretul', 'secretele', 'confidențială', 'confidențiale', 'ascuns', 'ascunsă', 'ascunse',
    // hu
    'titkos', 'titkosat', 'titok', 'titkot', 'titkok', 'titkokat', 'bizalmas', 'bizalmasat',
    'rejtett', 'rejtve',
    // sv
    'hemlig', 'hemliga', 'hemligt', 'hemlighet', 'hemligheter', 'konfidentiell', 'konfidentiella',
    'dold', 'dolda',
    // da
    'hemmelig', 'hemmelige', 'hemmelighed', 'hemmeligheder', 'fortrolig', 'fortrolige', 'skjult',
    'skjulte',
    // no
    'hemmelighet', 'hemmeligheter', 'hemmelighetene', 'konfidensiell', 'konfidensielle',
    // fi
    'salainen', 'salaiset', 'salaista', 'salaisen', 'salaisia', 'salaisuus', 'salaisuudet',
    'salaisuuksia', 'luottamuksellinen', 'luottamuksellista', 'luottamukselliset', 'piilotettu',
    'piilotetut', 'piilotettua', 'yksityinen', 'yksityiset',
    // tr
    'gizli', 'gizlisi', 'sır', 'sırrı', 'sırlar', 'sırları', 'sırlarını', 'mahrem', 'gizlenen',
    // id
    'rahasia', 'rahasianya', 'tersembunyi',
    // ru
    'секрет', 'секреты', 'секретный', 'секретная', 'секретное', 'секретные', 'секретных',
    'секретную', 'тайна', 'тайны', 'тайну', 'тайный', 'тайная', 'тайное', 'тайные',
    'конфиденциальный', 'конфиденциальная', 'конфиденциальные', 'конфиденциальной', 'скрытый',
    'скрытая', 'скрытые', 'скрытых', 'скрыто', 'приватный', 'приватные',
    // uk
    'секрети', 'секретний', 'секретна', 'секретні', 'таємниця', 'таємниці', 'таємний', 'таємна',
    'таємні', 'конфіденційний', 'конфіденційна', 'конфіденційні', 'прихований', 'прихована',
    'приховані',
    // bg
    'тайни', 'тайната', 'тайно', 'тайните', 'таен', 'секретен', 'секретни', 'секретно',
    'конфиденциален', 'конфиденциална', 'конфиденциални', 'скрит', 'скрита', 'скрити',
    // sr
    'tajni', 'tajno', 'tajnu', 'poverljiv', 'poverljivo', 'poverljive', 'povjerljivo', 'skrivena',
    'skriveno', 'skrivene', 'тајна', 'тајне', 'тајни', 'тајно', 'поверљив', 'поверљиво',
    'поверљиве', 'скривен', 'скривено',
    // el
    'μυστικό', 'μυστικά', 'μυστική', 'μυστικές', 'μυστικός', 'εμπιστευτικό', 'εμπιστευτικά',
    'εμπιστευτική', 'κρυφό', 'κρυφά', 'κρυφή', 'κρυφές', 'κρυμμένο', 'κρυμμένα', 'απόρρητο',
    'απόρρητα',
    // ar
    'سري', 'سرية', 'السري', 'السرية', 'أسرار', 'الأسرار', 'السر', 'سرك', 'مخفي', 'مخفية', 'المخفي',
    'المخفية',
    // he
    'סודי', 'סודית', 'סודיים', 'סודיות', 'סוד', 'הסוד', 'סודות', 'הסודות', 'חסוי', 'חסויה', 'מוסתר',
    'מוסתרת', 'נסתר',
    // fa
    'محرمانه', 'مخفی', 'پنهان', 'پنهانی', 'راز', 'رازها',
  ],
  password: [
    // en
    'password', 'passwords', 'passcode', 'passcodes', 'passphrase', 'passphrases', 'passwd',
    'pincode',
    // de
    'passwort', 'passwörter', 'passworts', 'kennwort', 'kennwörter',
    // fr
    'mdp',
    // es
    'contraseña', 'contraseñas',
    // pt
    'senha', 'senhas',
    // nl
    'wachtwoord', 'wachtwoorden',
    // pl
    'hasło', 'hasła', 'haseł', 'hasłem', 'hasłami', 'hasłu', 'haśle',
    // cs
    'heslo', 'hesla', 'hesel', 'heslem', 'hesly',
    // ro
    'parolele', 'parolei', 'parolelor',
    // hu
    'jelszó', 'jelszót', 'jelszavak', 'jelszavakat', 'jelszavad', 'jelszavadat', 'jelszava',
    // sv
    'lösenord', 'lösenordet', 'lösenorden',
    // da
    'adgangskode', 'adgangskoden', 'adgangskoder', 'kodeord', 'kodeordet',
    // no
    'passord', 'passordet',
    // fi
    'salasana', 'salasanan', 'salasanaa', 'salasanat', 'salasanasi',
    // tr
    'şifre', 'şifreyi', 'şifren', 'şifreni', 'şifreler', 'şifreleri', 'parolayı',
    // id
    'sandi', 'katasandi',
    // ru
    'пароль', 'пароля', 'паролем', 'пароли', 'паролей', 'паролю',
    // uk
    'паролі', 'паролів',
    // bg
    'парола', 'паролата',
    // sr
    'lozinka', 'lozinke', 'lozinku', 'lozinkom', 'šifra', 'šifru', 'лозинка', 'лозинке', 'лозинку',
    'шифра', 'шифру',
    // el
    'κωδικός', 'κωδικό', 'κωδικού', 'κωδικοί', 'συνθηματικό',
    // ar
    'باسورد',
    // he
    'סיסמה', 'הסיסמה', 'סיסמא', 'הסיסמא', 'סיסמאות', 'סיסמתך',
    // fa
    'رمز', 'رمزعبور', 'گذرواژه', 'پسورد',
  ],
  credential: [
    // en
    'credential', 'credentials', 'token', 'tokens', 'apikey', 'apikeys', 'accesskey', 'secretkey',
    'oauth',
    // de
    'zugangsdaten', 'anmeldedaten', 'zugangsschlüssel',
    // fr
    'identifiants',
    // es
    'credencial', 'credenciales', 'clave', 'claves',
    // pt
    'credenciais',
    // it
    'credenziali',
    // nl
    'inloggegevens',
    // pl
    'logowania', 'tokenu', 'tokeny', 'tokenów', 'poświadczenia',
    // cs
    'přihlašovací',
    // ro
    'credențiale', 'credențialele', 'tokenul',
    // hu
    'hitelesítő', 'tokent', 'tokenek',
    // sv
    'inloggningsuppgifter',
    // da
    'loginoplysninger', 'legitimationsoplysninger',
    // no
    'påloggingsinformasjon',
    // fi
    'tunnukset', 'tunnuksesi', 'kirjautumistiedot', 'tokenin',
    // tr
    'tokeni',
    // id
    'kredensial',
    // ru
    'токен', 'токена', 'токены', 'токенов', 'учетные',
    // uk
    'облікові',
    // bg
    'токени', 'идентификационни',
    // sr
    'kredencijali', 'akreditivi',
    // el
    'διαπιστευτήρια',
    // he
    'טוקן',
    // fa
    'توکن',
  ],
  pretend: [
    // en
    'pretend', 'pretends', 'pretending', 'pretended', 'roleplay', 'roleplaying', 'impersonate',
    'impersonating', 'impersonation', 'simulate', 'simulating', 'simulated', 'simulation',
    'emulate', 'emulating', 'emulation',
    // de
    'rollenspiel', 'simuliere', 'simulieren', 'simuliert', 'imitiere', 'imitieren', 'verkörpere',
    'verkörpern', 'vortäuschen',
    // fr
    'semblant', 'prétendre', 'prétendez', 'simule', 'simuler', 'simulez', 'incarne', 'incarner',
    'incarnez', 'imite', 'imiter', 'imitez',
    // es
    'finge', 'fingir', 'finja', 'finjan', 'fingiendo', 'simula', 'simular', 'simulen', 'simulando',
    'simulación', 'imita', 'imitar', 'actúa', 'actúe',
    // pt
    'finjam', 'fingindo', 'simulem', 'simulação', 'personifique', 'encarne',
    // it
    'fingi', 'fingete', 'finga', 'fingendo', 'simulare', 'simulazione', 'impersona', 'impersonare',
    'finta', 'immedesimati',
    // nl
    'simuleer', 'simuleren', 'imiteer', 'imiteren', 'veinzen', 'rollenspel',
    // pl
    'udawaj', 'udawajcie', 'udawać', 'udaj', 'udajcie', 'symuluj', 'symulować', 'wciel', 'wcielić',
    'naśladuj', 'odgrywaj', 'odgrywać',
    // cs
    'předstírej', 'předstírejte', 'předstírat', 'simuluj', 'simulujte', 'simulovat', 'napodobuj',
    'vžij',
    // ro
    'prefă', 'prefăcând', 'simulează', 'simulați', 'imitați',
    // hu
    'tettesd', 'színleld', 'színlelj', 'színlelni', 'szimuláld', 'szimulálj', 'szimulálni',
    'megszemélyesít',
    // sv
    'låtsas', 'låtsats', 'simulera', 'simulerar', 'rollspel', 'imitera',
    // da
    'foregiv', 'foregive', 'simulere', 'simulerer', 'efterlign', 'rollespil',
    // no
    'etterlign', 'rollespill',
    // fi
    'teeskentele', 'teeskennelkää', 'teeskennellä', 'esitä', 'esittäkää', 'simuloi', 'simuloida',
    'roolipeli', 'roolileikki',
    // tr
    'davran', 'davranın', 'taklit', 'taklidi',
    // id
    'berpura', 'simulasikan', 'mensimulasikan', 'perankan', 'memerankan', 'berperan', 'bertindak',
    'bertindaklah',
    // ru
    'притворись', 'притворитесь', 'притворяйся', 'притворяться', 'сыграй', 'сыграйте', 'изобрази',
    'изобразите', 'симулируй', 'симулировать', 'имитируй', 'имитировать',
    // uk
    'прикинься', 'прикиньтеся', 'прикидайся', 'вдавай', 'удавай', 'зіграй', 'зіграйте', 'зобрази',
    'симулюй', 'імітуй',
    // bg
    'преструвай', 'преструвайте', 'престори', 'изиграй', 'симулирай', 'имитирай',
    // sr
    'pretvaraj', 'pretvarajte', 'glumi', 'glumite', 'glumiti', 'simuliraj', 'претварај',
    'претварајте', 'глуми', 'глумите', 'симулирај',
    // el
    'προσποιήσου', 'προσποιηθείτε', 'προσποιούμαι', 'υποδύσου', 'υποδυθείτε', 'παράστησε',
    'προσομοίωσε', 'προσομοίωση', 'μιμήσου',
    // ar
    'تظاهر', 'تظاهري', 'تظاهروا', 'تقمص', 'تقمصي', 'محاكاة',
    // he
    'העמד', 'העמידי', 'העמידו', 'התחזה', 'התחזי', 'התחזו', 'להתחזות', 'גלם', 'גלמי', 'סימולציה',
    // fa
    'وانمود',
  ],
  role: [
    // en
    'role', 'roles', 'character', 'characters',
    // de
    'rolle', 'charakter', 'charaktere',
    // fr
    'personnage', 'personnages',
    // es
    'rol', 'personaje', 'personajes',
    // pt
    'personagem', 'personagens',
    // it
    'ruolo', 'ruoli', 'personaggio', 'personaggi',
    // nl
    'karakter', 'personage', 'personages',
    // pl
    'roli', 'rolą', 'postać', 'postaci', 'postacią',
    // cs
    'postava', 'postavu', 'postavy',
    // ro
    'rolul', 'rolului', 'roluri', 'personaj', 'personajul',
    // hu
    'szerep', 'szerepet', 'szerepben', 'szerepedet', 'szerepkör', 'karaktert', 'karakterként',
    'perszóna',
    // sv
    'karaktär', 'karaktären',
    // da
    'karakteren',
    // fi
    'rooli', 'roolin', 'roolia', 'rooliin', 'roolissa', 'hahmo', 'hahmon', 'hahmoa', 'hahmona',
    // tr
    'rolü', 'rolünü', 'rolde', 'rolüne', 'karakteri', 'karakterini',
    // id
    'peran', 'peranmu', 'peranan',
    // ru
    'роль', 'роли', 'ролью', 'персонаж', 'персонажа', 'персонажем', 'персонажи',
    // bg
    'роля', 'ролята',
    // sr
    'ulogu', 'uloga', 'ulogom', 'улога', 'улогу', 'улогом',
    // el
    'ρόλο', 'ρόλος', 'ρόλου', 'ρόλοι', 'χαρακτήρα', 'χαρακτήρας', 'περσόνα',
    // ar
    'شخصية', 'الشخصية',
    // he
    'תפקיד', 'התפקיד', 'תפקידך', 'דמות', 'הדמות',
    // fa
    'نقش', 'نقشی', 'شخصیت',
  ],
  fiction: [
    // en
    'story', 'stories', 'fiction', 'fictional', 'hypothetical', 'hypothetically', 'imagine',
    'imagining', 'imagined', 'scenario', 'scenarios', 'novel', 'fantasy', 'fairytale',
    // de
    'erzählung', 'fiktion', 'fiktiv', 'fiktive', 'fiktiven', 'hypothetisch', 'hypothetische',
    'hypothetischen', 'szenario', 'szenarien', 'märchen', 'fantasie',
    // fr
    'fictif', 'fictive', 'fictifs', 'hypothétique', 'hypothétiques', 'imaginer', 'imaginez',
    'imaginons',
    // es
    'cuento', 'ficción', 'ficticio', 'ficticia', 'hipotético', 'hipotética', 'hipotéticos',
    'imagina', 'imaginar', 'imaginen', 'imaginemos', 'escenario', 'novela', 'relato',
    // pt
    'ficção', 'imaginem', 'cenário', 'cenários',
    // it
    'racconto', 'fantasia', 'finzione', 'fittizio', 'fittizia', 'ipotetico', 'ipotetica',
    'ipotetici', 'immagina', 'immaginare', 'immaginate', 'immaginiamo', 'scenari', 'romanzo',
    // nl
    'verhaal', 'verhalen', 'fictie', 'fictief', 'fictieve', 'sprookje',
    // pl
    'opowieść', 'opowiadanie', 'fikcja', 'fikcyjny', 'fikcyjna', 'fikcyjne', 'hipotetyczny',
    'hipotetycznie', 'hipotetyczna', 'hipotetyczne', 'wyobraź', 'wyobraźcie', 'wyobrazić',
    'scenariusz', 'scenariuszu', 'powieść', 'bajka',
    // cs
    'příběh', 'příběhu', 'fikce', 'fiktivní', 'hypotetický', 'hypotetická', 'hypotetické',
    'představ', 'představte', 'scénář',
    // ro
    'poveste', 'povestea', 'povești', 'ficțiune', 'fictivă', 'ipotetic', 'imaginează', 'imaginați',
    'scenariu', 'scenariul',
    // hu
    'történet', 'történetet', 'fikció', 'hipotetikus', 'hipotetikusan', 'képzeld', 'képzelje',
    'képzeljétek', 'forgatókönyv', 'regény',
    // sv
    'berättelse', 'berättelser', 'fiktivt', 'hypotetiskt', 'föreställ',
    // da
    'fortælling', 'forestil', 'forestille', 'scenarie', 'eventyr',
    // no
    'fortelling', 'fiksjon', 'forestill',
    // fi
    'tarina', 'tarinan', 'tarinaa', 'fiktio', 'fiktiivinen', 'kuvitteellinen', 'hypoteettinen',
    'hypoteettisesti', 'kuvittele', 'kuvitelkaa', 'kuvitella', 'skenaario', 'skenaarion', 'romaani',
    // tr
    'hikaye', 'hikayesi', 'öykü', 'kurgu', 'kurgusal', 'varsayımsal', 'hayal', 'senaryo',
    'senaryoda',
    // id
    'cerita', 'fiksi', 'hipotetis', 'bayangkan', 'bayangkanlah', 'skenario', 'dongeng', 'kisah',
    // ru
    'рассказ', 'сказка', 'вымысел', 'вымышленный', 'вымышленная', 'вымышленные', 'гипотетический',
    'гипотетическая', 'гипотетически', 'гипотетической', 'представь', 'представьте', 'вообрази',
    'вообразите', 'сценарий', 'сценария',
    // uk
    'оповідання', 'казка', 'вигадка', 'вигаданий', 'вигадана', 'вигадані', 'гіпотетичний',
    'гіпотетична', 'гіпотетично', 'уяви', 'уявіть', 'сценарій', 'сценарію',
    // bg
    'разказ', 'приказка', 'измислица', 'измислен', 'измислена', 'измислени', 'хипотетичен',
    'хипотетична', 'хипотетично', 'представи', 'представете',
    // sr
    'priča', 'priču', 'fikcija', 'fiktivan', 'fiktivno', 'hipotetički', 'hipotetično', 'zamisli',
    'zamislite', 'zamisliti', 'scenarij', 'прича', 'причу', 'фикција', 'хипотетички', 'замисли',
    'замислите', 'сценарио',
    // el
    'μυθοπλασία', 'φανταστικό', 'φανταστική', 'υποθετικό', 'υποθετική', 'υποθετικά', 'φαντάσου',
    'φανταστείτε', 'σενάριο', 'σενάρια', 'μυθιστόρημα', 'παραμύθι',
    // ar
    'قصة', 'القصة', 'قصص', 'خيال', 'الخيال', 'خيالية', 'خيالي', 'تخيل', 'تخيلي', 'تخيلوا',
    'سيناريو', 'رواية',
    // he
    'סיפור', 'הסיפור', 'סיפורים', 'בדיון', 'בדיוני', 'בדיונית', 'היפותטי', 'היפותטית', 'דמיין',
    'דמייני', 'דמיינו', 'תרחיש', 'התרחיש', 'רומן',
    // fa
    'داستان', 'قصه', 'تخیلی', 'فرضی', 'تصور', 'سناریو', 'رمان',
  ],
  unrestricted: [
    // en
    'unrestricted', 'unfiltered', 'uncensored', 'unlimited', 'unbounded', 'unrestrained',
    'unconstrained', 'limitless', 'boundless', 'unchained', 'unleashed', 'unmoderated',
    // de
    'uneingeschränkt', 'uneingeschränkte', 'uneingeschränkten', 'uneingeschränkter', 'ungefiltert',
    'ungefilterte', 'ungefilterten', 'unzensiert', 'unzensierte', 'unzensierten', 'unbegrenzt',
    'unbegrenzte', 'unbegrenzten', 'grenzenlos', 'grenzenlose', 'schrankenlos', 'hemmungslos',
    // fr
    'illimité', 'illimitée', 'illimités', 'illimitées', 'débridé', 'débridée',
    // es
    'ilimitado', 'ilimitada', 'ilimitados', 'ilimitadas', 'desenfrenado',
    // pt
    'irrestrito', 'irrestrita',
    // it
    'illimitato', 'illimitata', 'illimitati', 'sfrenato',
    // nl
    'onbeperkt', 'onbeperkte', 'ongefilterd', 'ongefilterde', 'ongecensureerd', 'ongecensureerde',
    'grenzeloos', 'grenzeloze', 'onbegrensd',
    // pl
    'nieograniczony', 'nieograniczona', 'nieograniczone', 'nieograniczonym', 'nieograniczonych',
    'niefiltrowany', 'niefiltrowane', 'nieocenzurowany', 'nieocenzurowane',
    // cs
    'neomezený', 'neomezená', 'neomezené', 'nefiltrovaný', 'nefiltrované', 'necenzurovaný',
    'necenzurované',
    // ro
    'nelimitat', 'nelimitată', 'nerestricționat', 'nerestricționată', 'necenzurat', 'necenzurată',
    'nefiltrat', 'nefiltrată',
    // hu
    'korlátlan', 'korlátlanul', 'korlátlanná', 'szűretlen', 'szűretlenül', 'cenzúrázatlan',
    'cenzúramentes', 'korlátozásmentes',
    // sv
    'obegränsad', 'obegränsat', 'obegränsade', 'ofiltrerad', 'ofiltrerat', 'ocensurerad',
    'ocensurerat',
    // da
    'ubegrænset', 'ubegrænsede', 'ufiltreret', 'ucensureret',
    // no
    'ubegrenset', 'ubegrensede', 'ufiltrert', 'usensurert',
    // fi
    'rajoittamaton', 'rajoittamattomana', 'rajaton', 'rajattomasti', 'suodattamaton',
    'sensuroimaton', 'rajoituksetta',
    // tr
    'sınırsız', 'sınırsızca', 'filtresiz', 'sansürsüz', 'kısıtlamasız', 'kısıtsız',
    // ru
    'неограниченный', 'неограниченная', 'неограниченное', 'неограниченные', 'неограниченного',
    'неограниченно', 'безграничный', 'безграничные', 'нефильтрованный', 'нецензурированный',
    'нецензурированные', 'бесцензурный',
    // uk
    'необмежений', 'необмежена', 'необмежене', 'необмежені', 'необмежено', 'безмежний',
    'нецензурований', 'нефільтрований',
    // bg
    'неограничен', 'неограничена', 'неограничено', 'неограничени', 'нефилтриран', 'нецензуриран',
    // sr
    'neograničen', 'neograničena', 'neograničeno', 'neograničeni', 'nefiltriran', 'necenzurisan',
    'necenzurirani', 'нецензурисан',
    // el
    'απεριόριστο', 'απεριόριστη', 'απεριόριστος', 'απεριόριστα', 'αφιλτράριστο', 'ανεξέλεγκτο',
    'αλογόκριτο', 'αλογόκριτη',
    // ar
    'لامحدود', 'لامحدودة',
    // fa
    'نامحدود',
  ],
  restriction: [
    // en
    'restriction', 'restrictions', 'restricted', 'restrict', 'limitation', 'limitations', 'limit',
    'limits', 'limited', 'filter', 'filters', 'filtering', 'filtered', 'censorship', 'censor',
    'censored', 'constraint', 'constraints', 'boundary', 'boundaries', 'guardrail', 'guardrails',
    // de
    'einschränkung', 'einschränkungen', 'beschränkung', 'beschränkungen', 'begrenzung',
    'begrenzungen', 'grenze', 'grenzen', 'filtern', 'gefiltert', 'zensur', 'zensiert', 'schranken',
    'restriktion', 'restriktionen', 'eingeschränkt', 'beschränkt',
    // fr
    'limite', 'limites', 'filtre', 'filtres', 'filtrage', 'censure', 'contrainte', 'contraintes',
    'restreint', 'restreinte',
    // es
    'restricción', 'restricciones', 'limitación', 'limitaciones', 'filtro', 'filtros', 'filtrado',
    'censura', 'censurado', 'restringido', 'restringida', 'limitado', 'limitada',
    // pt
    'restrição', 'restrições', 'limitação', 'limitações', 'restrito', 'restrita',
    // it
    'restrizione', 'restrizioni', 'limitazione', 'limitazioni', 'limiti', 'filtri', 'vincolo',
    'vincoli', 'limitato', 'limitata', 'ristretto',
    // nl
    'beperking', 'beperkingen', 'begrenzing', 'grens', 'censuur', 'beperkt',
    // pl
    'ograniczenie', 'ograniczenia', 'ograniczeń', 'ograniczeniami', 'ograniczony', 'ograniczone',
    'limity', 'limitów', 'filtr', 'filtry', 'filtrów', 'cenzura', 'cenzury', 'cenzurę', 'granica',
    'granice',
    // cs
    'omezení', 'omezený', 'omezená', 'omezené', 'filtrů', 'cenzuru', 'hranice',
    // ro
    'restricție', 'restricții', 'restricțiile', 'restricțiilor', 'limitare', 'limitări',
    'limitările', 'limită', 'filtrele', 'constrângere', 'constrângeri',
    // hu
    'korlátozás', 'korlátozások', 'korlátozásokat', 'korlát', 'korlátok', 'korlátokat', 'korlátait',
    'korlátozott', 'szűrő', 'szűrők', 'szűrőt', 'szűrőket', 'cenzúrát', 'megkötés', 'megkötések',
    'határokat',
    // sv
    'begränsning', 'begränsningar', 'begränsningarna', 'gräns', 'gränser', 'filtret', 'filtren',
    'censur', 'restriktioner', 'begränsad',
    // da
    'begrænsning', 'begrænsninger', 'begrænsningerne', 'grænse', 'grænser', 'begrænset',
    // no
    'begrensning', 'begrensninger', 'begrensningene', 'grense', 'grenser', 'filteret', 'sensur',
    'restriksjon', 'restriksjoner', 'begrenset',
    // fi
    'rajoitus', 'rajoitukset', 'rajoituksia', 'rajoituksesi', 'rajoitusten', 'rajoituksista',
    'rajat', 'rajoja', 'suodatin', 'suodattimet', 'suodatus', 'sensuuri', 'sensuuria', 'rajoitettu',
    // tr
    'kısıtlama', 'kısıtlamalar', 'kısıtlamaları', 'kısıtlamalarını', 'sınır', 'sınırlar',
    'sınırları', 'sınırlama', 'sınırlamalar', 'filtreler', 'filtreleri', 'sansür', 'kısıtlı',
    'sınırlı',
    // id
    'batasan', 'pembatasan', 'batas', 'penyaringan', 'saringan', 'kendala', 'terbatas',
    // ru
    'ограничение', 'ограничения', 'ограничений', 'ограничениям', 'ограничениями', 'ограничениях',
    'лимит', 'лимиты', 'фильтр', 'фильтры', 'фильтров', 'фильтрация', 'цензура', 'цензуры',
    'цензуру', 'границы', 'ограничен', 'ограниченный',
    // uk
    'обмеження', 'обмежень', 'обмеженнями', 'ліміт', 'ліміти', 'фільтр', 'фільтри', 'фільтрів',
    'цензури', 'межі', 'обмежений',
    // bg
    'ограниченията', 'филтър', 'филтри', 'филтрите', 'граници',
    // sr
    'ograničenje', 'ograničenja', 'ograničenjima', 'ograničen', 'filteri', 'ограничење',
    'ограничења', 'филтер', 'филтери', 'цензуре', 'границе',
    // el
    'περιορισμός', 'περιορισμοί', 'περιορισμούς', 'περιορισμών', 'όριο', 'όρια', 'ορίων', 'φίλτρο',
    'φίλτρα', 'λογοκρισία', 'περιορισμένο',
    // ar
    'قيود', 'القيود', 'حدود', 'الحدود', 'فلتر', 'فلاتر', 'الفلتر', 'تصفية', 'الرقابة', 'رقابة',
    'تقييد', 'التقييد', 'مقيد',
    // he
    'הגבלה', 'הגבלות', 'ההגבלות', 'מגבלה', 'מגבלות', 'המגבלות', 'גבול', 'גבולות', 'סינון', 'מסנן',
    'צנזורה', 'מוגבל',
    // fa
    'محدودیت', 'محدودیتها', 'فیلتر', 'سانسور', 'محدود',
  ],
  ethics: [
    // en
    'ethics', 'ethical', 'ethically', 'unethical', 'morals', 'moral', 'morally', 'morality',
    'immoral', 'amoral', 'conscience', 'scruples',
    // de
    'ethik', 'ethisch', 'ethische', 'ethischen', 'ethischer', 'moralisch', 'moralische',
    'moralischen', 'unethisch', 'unmoralisch', 'skrupel',
    // fr
    'éthique', 'éthiques', 'morale', 'morales', 'moralité', 'scrupules',
    // es
    'ética', 'ético', 'éticos', 'éticas', 'moralidad', 'conciencia', 'escrúpulos', 'inmoral',
    // pt
    'morais', 'moralidade', 'consciência', 'imoral',
    // it
    'etici', 'etiche', 'morali', 'moralità', 'coscienza', 'scrupoli', 'immorale',
    // nl
    'ethiek', 'moraal', 'morele', 'geweten', 'onethisch', 'immoreel',
    // pl
    'etyka', 'etyki', 'etykę', 'etyczny', 'etyczne', 'etycznie', 'moralność', 'moralny', 'moralne',
    'moralnie', 'sumienie', 'nieetyczny', 'nieetyczne',
    // cs
    'etika', 'etiky', 'etiku', 'etický', 'etické', 'morálka', 'morálky', 'morální', 'svědomí',
    'neetický', 'neetické',
    // ro
    'etic', 'etice', 'morală', 'moralitate', 'conștiință',
    // hu
    'etikai', 'etikus', 'etikátlan', 'erkölcs', 'erkölcsi', 'erkölcsös', 'erkölcstelen',
    'lelkiismeret',
    // sv
    'etik', 'etisk', 'etiska', 'etiskt', 'moralisk', 'moraliska', 'samvete', 'oetisk',
    // da
    'etiske', 'moralsk', 'moralske', 'samvittighed', 'uetisk',
    // no
    'etikk', 'samvittighet',
    // fi
    'etiikka', 'etiikan', 'eettinen', 'eettiset', 'eettisesti', 'moraali', 'moraalinen',
    'moraaliset', 'omatunto', 'omatunnon', 'epäeettinen',
    // tr
    'ahlak', 'ahlaki', 'ahlaken', 'vicdan', 'ahlaksız',
    // id
    'etis', 'moralitas', 'nurani',
    // ru
    'этика', 'этики', 'этику', 'этический', 'этические', 'этичный', 'этично', 'мораль', 'морали',
    'моральный', 'моральные', 'нравственность', 'нравственный', 'совесть', 'неэтичный',
    'аморальный',
    // uk
    'етика', 'етики', 'етичний', 'етичні', 'етично', 'моральні', 'моральний', 'совість',
    'неетичний',
    // bg
    'етиката', 'етичен', 'етични', 'морал', 'морала', 'морални', 'съвест', 'неетичен',
    // sr
    'etike', 'etički', 'etičko', 'etičan', 'moralno', 'savest', 'savjest', 'neetično', 'етике',
    'етички', 'етичко', 'морално', 'савест',
    // el
    'ηθική', 'ηθικής', 'ηθικό', 'ηθικά', 'ηθικός', 'ηθικές', 'δεοντολογία', 'συνείδηση', 'ανήθικο',
    // ar
    'أخلاق', 'الأخلاق', 'أخلاقي', 'أخلاقية', 'الأخلاقية', 'أخلاقيات', 'الأخلاقيات', 'ضمير',
    'الضمير',
    // he
    'אתיקה', 'אתית', 'אתיים', 'מוסר', 'מוסרי', 'מוסרית', 'מצפון',
    // fa
    'اخلاقی', 'وجدان',
  ],
  safety: [
    // en
    'safety', 'security', 'protection', 'protections', 'safeguard', 'safeguards', 'moderation',
    // de
    'sicherheit', 'sicherheits', 'sicherheitsrichtlinien', 'schutz', 'schutzmaßnahmen',
    'schutzmechanismen', 'sicherheitsfilter', 'sicherheitsmaßnahmen',
    // fr
    'sécurité', 'sûreté',
    // es
    'seguridad', 'protección', 'protecciones', 'moderación', 'salvaguarda', 'salvaguardas',
    // pt
    'segurança', 'proteção', 'proteções', 'moderação',
    // it
    'sicurezza', 'protezione', 'protezioni', 'moderazione', 'salvaguardia',
    // nl
    'veiligheid', 'beveiliging', 'bescherming', 'moderatie',
    // pl
    'bezpieczeństwo', 'bezpieczeństwa', 'bezpieczeństwem', 'ochrona', 'ochrony', 'ochronę',
    'moderacja', 'moderacji', 'zabezpieczenia', 'zabezpieczeń',
    // cs
    'bezpečnost', 'bezpečnosti', 'bezpečnostní', 'ochrana', 'ochranu', 'moderace', 'zabezpečení',
    // ro
    'siguranță', 'securitate', 'securitatea', 'securității', 'protecție', 'protecția', 'protecții',
    'moderare',
    // hu
    'biztonság', 'biztonsági', 'biztonságot', 'védelem', 'védelmi', 'védelmet', 'moderáció',
    // sv
    'säkerhet', 'säkerheten', 'skydd', 'skyddet', 'moderering',
    // da
    'sikkerhed', 'sikkerheden', 'beskyttelse',
    // no
    'sikkerhet', 'sikkerheten',
    // fi
    'turvallisuus', 'turvallisuuden', 'turvallisuutta', 'tietoturva', 'suojaus', 'suojaukset',
    'suojauksen', 'moderointi', 'turvatoimet',
    // tr
    'güvenlik', 'güvenliği', 'güvenliğini', 'koruma', 'korumalar', 'moderasyon', 'emniyet',
    // id
    'keamanan', 'keselamatan', 'perlindungan', 'moderasi', 'pengamanan',
    // ru
    'безопасность', 'безопасности', 'безопасностью', 'защита', 'защиты', 'защиту', 'защитой',
    'модерация', 'модерации',
    // uk
    'безпека', 'безпеки', 'безпеку', 'безпекою', 'захист', 'захисту', 'модерація',
    // bg
    'безопасност', 'безопасността', 'сигурност', 'сигурността', 'защитата',
    // sr
    'bezbednost', 'bezbednosti', 'sigurnost', 'sigurnosti', 'zaštita', 'zaštite', 'zaštitu',
    'moderacija', 'безбедност', 'безбедности', 'заштита', 'заштите',
    // el
    'ασφάλεια', 'ασφάλειας', 'προστασία', 'προστασίας', 'εποπτεία',
    // ar
    'السلامة', 'سلامة', 'الأمان', 'أمان', 'الأمن', 'الحماية', 'حماية', 'الإشراف',
    // he
    'בטיחות', 'הבטיחות', 'אבטחה', 'האבטחה', 'הגנה', 'ההגנה', 'הגנות',
    // fa
    'ایمنی', 'امنیت', 'امنیتی', 'حفاظت', 'محافظت',
  ],
  privileged: [
    // en
    'developer', 'developers', 'administrator', 'administrators', 'admin', 'admins', 'operator',
    'operators', 'creator', 'creators', 'owner', 'owners', 'root', 'superuser', 'sysadmin',
    'maintainer', 'maintainers',
    // de
    'entwickler', 'entwicklern', 'administratoren', 'betreiber', 'schöpfer', 'ersteller',
    'eigentümer', 'besitzer', 'inhaber', 'erschaffer',
    // fr
    'développeur', 'développeurs', 'administrateur', 'administrateurs', 'opérateur', 'opérateurs',
    'créateur', 'créateurs', 'propriétaire', 'propriétaires', 'concepteur', 'concepteurs',
    // es
    'desarrollador', 'desarrolladores', 'administrador', 'administradores', 'operador',
    'operadores', 'creador', 'creadores', 'propietario', 'propietarios', 'dueño', 'dueños',
    // pt
    'desenvolvedor', 'desenvolvedores', 'criador', 'criadores', 'proprietário', 'proprietários',
    'donos',
    // it
    'sviluppatore', 'sviluppatori', 'amministratore', 'amministratori', 'operatore', 'operatori',
    'creatore', 'creatori', 'proprietari',
    // nl
    'ontwikkelaar', 'ontwikkelaars', 'beheerder', 'beheerders', 'maker', 'makers', 'eigenaar',
    'eigenaren',
    // pl
    'programista', 'programiści', 'programisty', 'deweloper', 'deweloperzy', 'twórca', 'twórcy',
    'twórców', 'administratora', 'administratorem', 'administratorzy', 'operatora', 'właściciel',
    'właściciela',
    // cs
    'vývojář', 'vývojáři', 'vývojářů', 'vývojářem', 'správce', 'tvůrce', 'tvůrci', 'provozovatel',
    'vlastník', 'vlastníka',
    // ro
    'dezvoltator', 'dezvoltatorul', 'dezvoltatori', 'dezvoltatorii', 'administratorul',
    'operatorul', 'creatorul', 'creatorii', 'proprietar', 'proprietarul',
    // hu
    'fejlesztő', 'fejlesztők', 'fejlesztőként', 'fejlesztője', 'adminisztrátor', 'rendszergazda',
    'üzemeltető', 'készítő', 'alkotó', 'alkotója', 'tulajdonos', 'tulajdonosa',
    // sv
    'utvecklare', 'utvecklaren', 'utvecklarna', 'ägare', 'ägaren', 'skapare', 'skaparen',
    // da
    'udvikler', 'udviklere', 'udvikleren', 'ejer', 'ejeren', 'skaber', 'skaberen',
    // no
    'utvikler', 'utviklere', 'utvikleren', 'skaperen',
    // fi
    'kehittäjä', 'kehittäjät', 'kehittäjän', 'kehittäjää', 'kehittäjänä', 'ylläpitäjä',
    'ylläpitäjän', 'järjestelmänvalvoja', 'pääkäyttäjä', 'omistaja', 'omistajan', 'luoja',
    'luojasi', 'operaattori',
    // tr
    'geliştirici', 'geliştiriciler', 'geliştiricisi', 'yönetici', 'yöneticiler', 'yöneticisi',
    'sahibi', 'yaratıcı', 'yaratıcısı',
    // id
    'pengembang', 'pengembangnya', 'pembuat', 'pembuatnya', 'pemilik',
    // ru
    'разработчик', 'разработчика', 'разработчики', 'разработчиков', 'разработчиком',
    'администратор', 'администратора', 'администраторы', 'оператор', 'оператора', 'создатель',
    'создателя', 'создатели', 'владелец', 'владельца', 'суперпользователь',
    // uk
    'розробник', 'розробника', 'розробники', 'розробників', 'адміністратор', 'адміністратора',
    'творець', 'творця', 'власник', 'власника',
    // bg
    'разработчици', 'разработчиците', 'създател', 'създателя', 'създателите', 'собственик',
    'собственика',
    // sr
    'programer', 'programeri', 'programera', 'razvijalac', 'operater', 'kreator', 'kreatora',
    'tvorac', 'vlasnik', 'vlasnika', 'програмер', 'програмери', 'оператер', 'креатор', 'творац',
    // el
    'προγραμματιστής', 'προγραμματιστές', 'διαχειριστής', 'διαχειριστές', 'δημιουργός',
    'δημιουργοί', 'ιδιοκτήτης', 'χειριστής',
    // ar
    'المطور', 'المطورين', 'مطور', 'مطوري', 'المدير', 'مدير', 'المشغل', 'مشغل', 'المنشئ', 'منشئ',
    'مالك', 'المالك', 'صانع',
    // he
    'מפתחים', 'המפתחים', 'מנהל', 'המנהל', 'מנהלים', 'מפעיל', 'היוצר', 'יוצר', 'הבעלים', 'בעלים',
    // fa
    'ادمین', 'مدیر', 'اپراتور', 'سازنده', 'مالک',
  ],
  mode: [
    // en
    'mode', 'modes', 'modus',
    // de
    'betriebsmodus',
    // es
    'modo', 'modos',
    // it
    'modalità',
    // pl
    'tryb', 'trybie', 'trybu', 'trybem', 'tryby',
    // cs
    'režim', 'režimu', 'režimem', 'režimy',
    // ro
    'modului', 'modurile',
    // hu
    'mód', 'módban', 'módot', 'módja', 'üzemmód', 'üzemmódban',
    // sv
    'läget',
    // da
    'tilstand', 'tilstanden',
    // no
    'modusen',
    // fi
    'tila', 'tilaan', 'tilassa',
    // tr
    'modu', 'modunda', 'moduna', 'modda',
    // ru
    'режим', 'режима', 'режиме', 'режимом', 'режимы',
    // uk
    'режимі', 'режиму',
    // bg
    'режимът',
    // sr
    'režimom',
    // el
    'λειτουργία', 'λειτουργίας',
    // ar
    'نمط', 'النمط',
    // he
    'מצב', 'במצב', 'המצב',
    // fa
    'حالت',
  ],
  jailbreak: [
    // en
    'jailbreak', 'jailbreaks', 'jailbroken', 'jailbreaking', 'jailbreaked',
    // de
    'jailbreaken', 'gejailbreakt',
    // fr
    'jailbreaker', 'jailbreaké',
    // es
    'jailbreakear',
    // pl
    'jailbreaka', 'jailbreakiem',
    // cs
    'jailbreaku',
    // ru
    'джейлбрейк', 'джейлбрейка', 'джейлбрейком', 'джейлбрейку',
    // sr
    'džejlbrejk',
    // el
    'τζειλμπρέικ',
    // ar
    'جيلبريك', 'الجيلبريك',
    // he
    'גיילברייק',
    // fa
    'جیلبریک',
  ],
  obey: [
    // en
    'obey', 'obeys', 'obeying', 'obeyed', 'comply', 'complies', 'complying', 'complied',
    'compliance', 'follow', 'follows', 'adhere', 'adhering', 'abide', 'obedient', 'obedience',
    // de
    'gehorche', 'gehorchen', 'gehorcht', 'befolge', 'befolgen', 'befolgt', 'gehorsam',
    'gehorsamkeit',
    // fr
    'obéis', 'obéir', 'obéissez', 'obéit', 'obéissant', 'obéissance', 'suivez', 'suivre',
    'respecte', 'respecter', 'respectez', 'conformez',
    // es
    'obedece', 'obedecer', 'obedezca', 'obedezcan', 'obedeced', 'obediente', 'obediencia', 'cumple',
    'cumplir', 'cumpla', 'cumplan', 'acata', 'acatar', 'siga', 'seguir',
    // pt
    'obedeça', 'obedeçam', 'sigam', 'cumpra', 'cumprir', 'cumpram', 'acate',
    // it
    'obbedisci', 'obbedire', 'obbedite', 'obbedisca', 'obbediente', 'obbedienza', 'segui',
    'seguire', 'seguite', 'attieniti', 'rispetta', 'rispettare', 'rispettate',
    // nl
    'gehoorzaam', 'gehoorzamen', 'gehoorzaamt', 'volg', 'volgen', 'volgt', 'opvolgen',
    // pl
    'słuchaj', 'słuchajcie', 'posłuchaj', 'wykonuj', 'wykonujcie', 'przestrzegaj', 'przestrzegać',
    'podporządkuj', 'podporządkować', 'usłuchaj',
    // cs
    'poslechni', 'poslechněte', 'poslouchej', 'poslouchejte', 'poslouchat', 'uposlechni', 'dodržuj',
    'dodržujte', 'dodržovat', 'podřiď',
    // ro
    'ascultă', 'ascultați', 'respectă', 'respectați', 'urmează', 'urmați', 'conformează',
    // hu
    'engedelmeskedj', 'engedelmeskedni', 'engedelmes', 'engedelmesség', 'kövesd', 'kövesse',
    'kövessétek', 'követni', 'betartani', 'teljesítsd', 'teljesítse',
    // sv
    'lyda', 'följ', 'följa', 'följer', 'åtlyd',
    // da
    'adlyd', 'adlyde', 'adlyder', 'følg', 'følge', 'følger', 'efterkom',
    // no
    'etterkom', 'etterkomme',
    // fi
    'tottele', 'totelkaa', 'totella', 'tottelee', 'noudata', 'noudattakaa', 'noudattaa', 'alistu',
    // tr
    'itaat', 'uyun', 'uymak', 'uyarak', 'takip',
    // id
    'patuhi', 'patuh', 'mematuhi', 'taati', 'menaati', 'ikuti', 'ikutilah', 'mengikuti', 'turuti',
    'menuruti',
    // ru
    'подчиняйся', 'подчиняйтесь', 'подчиниться', 'слушайся', 'слушайтесь', 'повинуйся',
    'повинуйтесь', 'следуй', 'следуйте', 'следовать', 'выполняй', 'выполняйте', 'соблюдай',
    'соблюдайте',
    // uk
    'підкоряйся', 'підкоряйтеся', 'слухайся', 'слухайтеся', 'виконуй', 'виконуйте', 'дотримуйся',
    'дотримуйтеся', 'дотримуватися', 'слідуй',
    // bg
    'подчинявай', 'подчини', 'подчинете', 'слушай', 'слушайте', 'следвай', 'следвайте',
    'изпълнявай', 'изпълнявайте', 'спазвай', 'спазвайте',
    // sr
    'poslušaj', 'poslušajte', 'slušaj', 'slušajte', 'pokori', 'pokorite', 'sledi', 'slijedi',
    'sledite', 'slijedite', 'izvršavaj', 'poštuj', 'poštujte', 'послушај', 'послушајте', 'слушај',
    'слушајте', 'следи', 'следите', 'поштуј', 'поштујте',
    // el
    'υπάκουσε', 'υπακούστε', 'υπακοή', 'υπάκουος', 'ακολούθησε', 'ακολουθήστε', 'ακολουθώ',
    'συμμορφώσου', 'συμμορφωθείτε',
    // ar
    'أطع', 'أطيعي', 'أطيعوا', 'طاعة', 'الطاعة', 'اتبع', 'اتبعي', 'اتبعوا', 'امتثل', 'امتثلي',
    'الامتثال',
    // he
    'ציית', 'צייתי', 'צייתו', 'לציית', 'ציות', 'מציית', 'עקבו',
    // fa
    'اطاعت', 'پیروی', 'تبعیت',
  ],
  new: [
    // en
    'new', 'newer', 'newest', 'fresh', 'updated', 'revised',
    // de
    'neue', 'neuen', 'neuer', 'neues', 'neu', 'aktualisierte', 'aktualisierten',
    // fr
    'nouveau', 'nouvelle', 'nouveaux', 'nouvelles', 'actualisé', 'actualisée',
    // es
    'nuevo', 'nueva', 'nuevos', 'nuevas', 'actualizado', 'actualizada', 'actualizadas',
    // pt
    'novo', 'nova', 'novos', 'novas', 'atualizado', 'atualizada', 'atualizadas',
    // it
    'nuovo', 'nuova', 'nuovi', 'nuove', 'aggiornato', 'aggiornata', 'aggiornate',
    // nl
    'nieuw', 'nieuwe', 'bijgewerkte',
    // pl
    'nowy', 'nowa', 'nowe', 'nowych', 'nowym', 'nowymi', 'nowego', 'nowej', 'zaktualizowane',
    // cs
    'nový', 'nových', 'novým', 'novými', 'nového', 'aktualizované',
    // ro
    'noul', 'noile', 'actualizate', 'actualizată',
    // hu
    'újabb', 'újonnan', 'frissített', 'friss',
    // sv
    'nya', 'nytt', 'uppdaterad', 'uppdaterade', 'färsk',
    // da
    'nye', 'opdateret', 'opdaterede',
    // no
    'oppdatert', 'oppdaterte',
    // fi
    'uusi', 'uudet', 'uuden', 'uutta', 'uusia', 'uusien', 'uusiin', 'päivitetty', 'päivitetyt',
    'tuore',
    // tr
    'yeni', 'yenisi', 'güncel', 'güncellenmiş',
    // id
    'terbaru', 'diperbarui',
    // ru
    'новый', 'новая', 'новое', 'новые', 'новых', 'новым', 'новыми', 'нового', 'новой', 'новую',
    'обновлённый', 'обновленные', 'свежий',
    // uk
    'новий', 'нове', 'нові', 'нових', 'новими', 'нової', 'оновлений', 'оновлені',
    // bg
    'нов', 'ново', 'новите', 'новия', 'новата', 'новото', 'нови', 'обновен', 'обновени',
    'актуализиран',
    // sr
    'novi', 'novih', 'novim', 'novu', 'ažuriran', 'ažurirana', 'ажуриран',
    // el
    'νέα', 'νέες', 'νέο', 'νέος', 'νέων', 'καινούργιο', 'καινούργια', 'ενημερωμένο', 'ενημερωμένη',
    'ενημερωμένες',
    // ar
    'جديد', 'جديدة', 'الجديد', 'الجديدة', 'محدث', 'المحدثة',
    // he
    'חדש', 'חדשה', 'חדשים', 'חדשות', 'החדש', 'החדשה', 'החדשות', 'החדשים', 'מעודכן', 'מעודכנת',
    // fa
    'جدید', 'تازه',
  ],
  task: [
    // en
    'task', 'tasks', 'assignment', 'assignments', 'mission', 'missions', 'job', 'jobs', 'duty',
    'duties',
    // de
    'aufgabe', 'aufgaben', 'auftrag', 'aufträge', 'missionen', 'pflicht',
    // fr
    'tâche', 'tâches',
    // es
    'tarea', 'tareas', 'misión', 'misiones', 'trabajo', 'encargo', 'cometido',
    // pt
    'tarefa', 'tarefas', 'missão', 'missões', 'trabalho',
    // it
    'compito', 'compiti', 'missione', 'missioni', 'incarico', 'incarichi', 'lavoro',
    // nl
    'taak', 'opdracht', 'opdrachten', 'missie',
    // pl
    'zadanie', 'zadania', 'zadań', 'zadaniem', 'zadaniu', 'misja', 'misji', 'misję', 'obowiązek',
    // cs
    'úkol', 'úkoly', 'úkolem', 'úkolu', 'úloha', 'úlohy', 'úlohu', 'poslání',
    // ro
    'sarcină', 'sarcini', 'sarcinile', 'misiune', 'misiunea', 'misiuni',
    // hu
    'feladat', 'feladatod', 'feladatot', 'feladatok', 'feladatokat', 'feladatodat', 'küldetés',
    'küldetésed', 'megbízás',
    // sv
    'uppgift', 'uppgifter', 'uppgiften', 'uppdrag', 'uppdraget',
    // da
    'opgave', 'opgaver', 'opgaven', 'hverv',
    // no
    'oppgave', 'oppgaver', 'oppgaven', 'oppdrag', 'oppdraget',
    // fi
    'tehtävä', 'tehtävän', 'tehtävää', 'tehtävät', 'tehtäväsi', 'tehtäviä', 'tehtävänäsi', 'missio',
    // tr
    'görev', 'görevi', 'görevin', 'görevler', 'görevleri', 'görevini', 'vazife', 'misyon',
    // id
    'tugas', 'tugasmu', 'tugasnya', 'misi', 'pekerjaan',
    // ru
    'задача', 'задачи', 'задачу', 'задачей', 'задач', 'задание', 'задания', 'заданий', 'миссия',
    'миссии', 'миссию', 'обязанность',
    // uk
    'завдання', 'завдань', 'місія', 'місії', 'місію',
    // bg
    'задачата', 'мисия', 'мисията',
    // sr
    'zadatak', 'zadatka', 'zadaci', 'zadatke', 'misija', 'misiju', 'задатак', 'задатка', 'задаци',
    'задатке', 'мисија', 'мисију',
    // el
    'εργασία', 'εργασίες', 'εργασίας', 'αποστολή', 'αποστολής', 'καθήκον', 'καθήκοντα',
    // ar
    'مهمة', 'المهمة', 'مهمتك', 'مهام', 'المهام', 'وظيفتك',
    // he
    'משימה', 'המשימה', 'משימות', 'המשימות', 'משימתך',
    // fa
    'وظیفه', 'وظایف', 'ماموریت',
  ],
  instead: [
    // en
    'instead',
    // de
    'stattdessen', 'anstatt', 'statt', 'anstelle',
    // fr
    'plutôt',
    // pt
    'invés',
    // it
    'invece', 'anziché', 'piuttosto',
    // nl
    'liever',
    // pl
    'zamiast',
    // cs
    'namísto', 'raději',
    // hu
    'helyett', 'helyette', 'ehelyett', 'inkább',
    // sv
    'istället', 'hellre',
    // da
    'hellere', 'snarere',
    // no
    'isteden',
    // fi
    'sijaan', 'mieluummin', 'pikemminkin',
    // tr
    'yerine', 'ziyade',
    // id
    'gantinya', 'melainkan',
    // ru
    'вместо', 'взамен',
    // uk
    'замість', 'натомість',
    // sr
    'umesto', 'umjesto', 'radije', 'уместо',
    // el
    'αντί', 'αντιθέτως',
    // ar
    'بدلا', 'عوضا', 'بدل',
    // he
    'במקום', 'במקומו',
    // fa
    'بجای', 'عوض',
  ],
  now: [
    // en
    'now', 'henceforth', 'immediately', 'hereafter', 'forthwith', 'onward', 'onwards',
    // de
    'jetzt', 'sofort', 'fortan', 'künftig', 'nunmehr',
    // fr
    'maintenant', 'désormais', 'immédiatement', 'dorénavant',
    // es
    'ahora', 'inmediatamente', 'enseguida',
    // pt
    'agora', 'imediatamente', 'doravante',
    // it
    'adesso', 'subito',
    // pl
    'teraz', 'natychmiast', 'odtąd', 'obecnie',
    // cs
    'nyní', 'teď', 'okamžitě', 'ihned', 'odteď',
    // ro
    'acum', 'imediat',
    // hu
    'azonnal', 'mostantól', 'mostanától',
    // sv
    'omedelbart', 'hädanefter', 'genast',
    // da
    'omgående',
    // no
    'umiddelbart', 'heretter',
    // fi
    'välittömästi', 'tästedes',
    // tr
    'şimdi', 'artık', 'hemen', 'derhal', 'şimdiden',
    // id
    'sekarang', 'segera', 'kini',
    // ru
    'сейчас', 'теперь', 'немедленно', 'отныне', 'впредь', 'сразу', 'тотчас',
    // uk
    'зараз', 'тепер', 'негайно', 'відтепер', 'віднині', 'одразу', 'відразу',
    // bg
    'сега', 'веднага', 'отсега', 'незабавно', 'занапред',
    // sr
    'sada', 'odmah', 'odsad', 'odsada', 'ubuduće', 'одмах', 'одсад', 'убудуће',
    // el
    'τώρα', 'αμέσως', 'εφεξής',
    // ar
    'الآن', 'فورا', 'حالا', 'فصاعدا',
    // he
    'עכשיו', 'כעת', 'מיד', 'מעתה',
    // fa
    'اکنون', 'اینک',
  ],
  refuse: [
    // added in review: Spanish subjunctive and infinitive forms
    'rechaces', 'rechazar', 'niegues', 'negarte',
    // en
    'refuse', 'refuses', 'refusing', 'refused', 'refusal', 'refusals', 'decline', 'declines',
    'declining', 'declined', 'reject', 'rejects', 'rejecting', 'rejected', 'rejection', 'deny',
    'denies', 'denying', 'denied',
    // de
    'verweigere', 'verweigern', 'verweigert', 'verweigerung', 'ablehnen', 'abgelehnt', 'ablehnung',
    'weigere', 'weigern', 'weigerst', 'zurückweisen',
    // fr
    'refuser', 'refusez', 'refus', 'décliner', 'rejette', 'rejeter', 'rejetez', 'rejeté',
    // es
    'rechaza', 'rechazar', 'rechace', 'rechacen', 'rechazo', 'niega', 'negar', 'rehúsa', 'rehusar',
    'deniega', 'denegar',
    // pt
    'recuse', 'recusar', 'recusa', 'recusem', 'recusado', 'rejeite', 'rejeitar', 'rejeita', 'negue',
    // it
    'rifiuta', 'rifiutare', 'rifiutate', 'declina', 'nega', 'negare', 'respingi', 'respingere',
    // nl
    'weiger', 'weigeren', 'weigert', 'geweigerd', 'weigering', 'afwijzen', 'afgewezen',
    // pl
    'odmów', 'odmówcie', 'odmówić', 'odmawiaj', 'odmawia', 'odmowa', 'odmowy', 'odrzuć', 'odrzucić',
    'odrzuca',
    // cs
    'odmítni', 'odmítněte', 'odmítnout', 'odmítej', 'odmítá', 'odmítnutí', 'zamítni',
    // ro
    'refuză', 'refuzați', 'refuz', 'refuzul', 'respinge', 'respingeți',
    // hu
    'tagadd', 'tagadja', 'megtagad', 'megtagadni', 'megtagadja', 'elutasít', 'elutasítani',
    'elutasítja', 'elutasítás', 'visszautasít',
    // sv
    'vägra', 'vägrar', 'vägrade', 'avvisar', 'avböj', 'avböja', 'neka', 'nekar',
    // da
    'nægt', 'nægte', 'nægter', 'afvis', 'afvise', 'afviser', 'afslå', 'afslår',
    // no
    'nekt', 'nekte', 'nekter', 'avvis', 'avvise', 'avviser',
    // fi
    'kieltäydy', 'kieltäytykää', 'kieltäytyä', 'kieltäytyy', 'kieltäytyminen', 'hylkää', 'hylätä',
    'hylkäys', 'torju',
    // tr
    'reddedin', 'reddetmek', 'reddeder', 'reddi',
    // id
    'tolak', 'tolaklah', 'menolak', 'ditolak', 'penolakan',
    // ru
    'откажи', 'откажись', 'откажитесь', 'отказать', 'отказаться', 'отказывайся', 'отказ', 'отказа',
    'отклони', 'отклоните', 'отклонить', 'отвергни', 'отвергать',
    // uk
    'відмов', 'відмовся', 'відмовтеся', 'відмовити', 'відмовитися', 'відмовляй', 'відмова',
    'відхили', 'відхиліть',
    // bg
    'откажете', 'отказвай', 'отхвърли', 'отхвърлете',
    // sr
    'odbij', 'odbijte', 'odbiti', 'odbija', 'odbijanje', 'odbaci', 'одбиј', 'одбијте', 'одбити',
    'одбија', 'одбаци',
    // el
    'αρνήσου', 'αρνηθείτε', 'αρνούμαι', 'αρνείσαι', 'άρνηση', 'απόρριψε', 'απορρίψτε',
    // ar
    'ارفض', 'ارفضي', 'ارفضوا', 'رفض', 'الرفض', 'يرفض', 'ترفض',
    // he
    'סרב', 'סרבי', 'סרבו', 'לסרב', 'סירוב', 'דחה', 'דחי', 'דחו',
    // fa
    'امتناع', 'خودداری',
  ],
  never: [
    // en
    'never', 'nevermore',
    // de
    'niemals', 'nimmer', 'keinesfalls', 'keineswegs',
    // fr
    'jamais',
    // es
    'nunca', 'jamás',
    // it
    'giammai',
    // nl
    'nooit',
    // pl
    'nigdy',
    // cs
    'nikdy',
    // ro
    'niciodată',
    // hu
    'soha', 'sohasem', 'semmiképp', 'semmiképpen',
    // sv
    'aldrig',
    // no
    'aldri',
    // fi
    'koskaan', 'ikinä',
    // tr
    'asla', 'katiyen',
    // ru
    'никогда',
    // uk
    'ніколи',
    // bg
    'никога',
    // sr
    'nikada', 'nikad', 'nipošto', 'никада', 'никад', 'нипошто',
    // el
    'ποτέ', 'ουδέποτε',
    // ar
    'أبدا',
    // he
    'לעולם', 'מעולם',
    // fa
    'هرگز',
  ],
  always: [
    // en
    'always', 'forever', 'constantly',
    // de
    'immer', 'stets', 'jederzeit',
    // fr
    'toujours',
    // es
    'siempre',
    // pt
    'sempre',
    // nl
    'altijd', 'steeds',
    // pl
    'zawsze',
    // cs
    'vždy', 'vždycky',
    // ro
    'mereu', 'întotdeauna', 'totdeauna',
    // hu
    'mindig', 'mindenkor',
    // sv
    'alltid',
    // da
    'altid',
    // fi
    'aina',
    // tr
    'daima', 'hep',
    // id
    'selalu', 'senantiasa',
    // ru
    'всегда', 'постоянно',
    // uk
    'завжди',
    // bg
    'винаги',
    // sr
    'uvek', 'uvijek', 'stalno', 'увек', 'увијек',
    // el
    'πάντα', 'πάντοτε',
    // ar
    'دائما', 'دوما',
    // he
    'תמיד',
    // fa
    'همیشه', 'همواره',
  ],
  allowed: [
    // en
    'allowed', 'allow', 'allows', 'permitted', 'permit', 'permits', 'permission', 'authorized',
    'authorised', 'authorization', 'entitled',
    // de
    'erlaubt', 'erlauben', 'erlaubnis', 'darfst', 'dürfen', 'darf', 'gestattet', 'berechtigt',
    'befugt', 'zulässig',
    // fr
    'autorisé', 'autorisée', 'autorisés', 'autoriser', 'permis', 'permise', 'autorisation',
    // es
    'permitido', 'permitida', 'permitidos', 'permitir', 'permiso', 'autorizado', 'autorizada',
    'autorización',
    // pt
    'permissão', 'autorização',
    // it
    'permesso', 'permessa', 'consentito', 'consentita', 'consentiti', 'autorizzato', 'autorizzata',
    'autorizzazione', 'lecito',
    // nl
    'toegestaan', 'toestaan', 'toestemming', 'geautoriseerd', 'bevoegd',
    // pl
    'dozwolone', 'dozwolony', 'dozwolona', 'pozwolenie', 'pozwolono', 'pozwól', 'możesz',
    'upoważniony', 'uprawniony',
    // cs
    'povoleno', 'povolený', 'povolené', 'povolení', 'dovoleno', 'smíš', 'smíte', 'oprávněn',
    'oprávněný',
    // ro
    'permisă', 'permisiune', 'permisiunea', 'autorizat', 'autorizată',
    // hu
    'engedélyezett', 'engedélyezve', 'engedély', 'engedélyt', 'szabad', 'megengedett', 'jogosult',
    // sv
    'tillåtet', 'tillåten', 'tillåtna', 'tillåt', 'tillåta', 'tillstånd', 'behörig',
    // da
    'tilladt', 'tilladelse', 'tillad', 'tillade',
    // no
    'tillatt', 'tillatelse', 'tillate',
    // fi
    'sallittu', 'sallittua', 'sallitut', 'sallia', 'salli', 'luvan', 'oikeutettu',
    // tr
    'izin', 'izinli', 'izinlidir', 'serbest', 'yetkili', 'yetki',
    // id
    'diizinkan', 'izinkan', 'diperbolehkan', 'boleh',
    // ru
    'разрешено', 'разрешён', 'разрешена', 'разрешены', 'разрешение', 'разреши', 'разрешите',
    'разрешается', 'допустимо', 'дозволено', 'можно', 'позволено', 'позволь',
    // uk
    'дозволений', 'дозволена', 'дозволені', 'дозвіл', 'дозволь', 'дозвольте', 'можна',
    // bg
    'разрешени', 'позволи', 'позволете',
    // sr
    'dozvoljeno', 'dozvoljen', 'dozvoljena', 'dozvola', 'dozvoli', 'dopušteno', 'smeš', 'smiješ',
    'ovlašćen', 'дозвољено', 'дозвољен', 'дозвола', 'дозволи', 'смеш',
    // el
    'επιτρέπεται', 'επιτρεπτό', 'επιτρεπόμενο', 'επίτρεψε', 'επιτρέψτε', 'εξουσιοδοτημένος',
    // ar
    'مسموح', 'يسمح', 'مسموحا', 'السماح', 'اسمح', 'اسمحي', 'الإذن', 'مصرح', 'مأذون',
    // he
    'מותר', 'מותרת', 'מותרים', 'מורשה', 'הרשאה', 'הרשאות', 'רשאי',
    // fa
    'مجاز', 'اجازه', 'مجوز',
  ],
  forbidden: [
    // en
    'forbidden', 'forbid', 'forbids', 'prohibited', 'prohibit', 'prohibits', 'prohibition',
    'banned', 'ban', 'bans', 'illegal', 'illicit', 'disallowed', 'unauthorized', 'unauthorised',
    'impermissible', 'taboo',
    // de
    'verboten', 'verbot', 'verbote', 'verbieten', 'untersagt', 'unzulässig', 'illegale',
    'illegalen', 'gesperrt', 'unerlaubt',
    // fr
    'interdit', 'interdite', 'interdits', 'interdites', 'interdiction', 'prohibé', 'illégaux',
    'défendu',
    // es
    'prohibido', 'prohibida', 'prohibidos', 'prohibidas', 'prohibición', 'ilegal', 'ilegales',
    'vetado', 'vetada',
    // pt
    'proibido', 'proibida', 'proibidos', 'proibidas', 'proibição',
    // it
    'vietato', 'vietata', 'vietati', 'vietate', 'proibito', 'proibita', 'divieto', 'illegali',
    // nl
    'verboden', 'verbod', 'illegaal', 'ongeoorloofd',
    // pl
    'zabronione', 'zabroniony', 'zabroniona', 'zakazane', 'zakazany', 'zakaz', 'zakazu',
    'nielegalne', 'nielegalny', 'niedozwolone',
    // cs
    'zakázáno', 'zakázaná', 'nelegální', 'nepovolené', 'nedovolené',
    // ro
    'interzis', 'interzisă', 'interzise', 'interzicere', 'ilegală',
    // hu
    'tilos', 'tiltott', 'tiltottak', 'tilalom', 'illegális', 'törvénytelen',
    // sv
    'förbjuden', 'förbjudet', 'förbjudna', 'förbud', 'olaglig', 'olagligt', 'olagliga',
    // da
    'forbudt', 'ulovlig', 'ulovligt',
    // no
    'ulovlige',
    // fi
    'kielletty', 'kielletyt', 'kiellettyä', 'kielto', 'laiton', 'laitonta', 'laittomia',
    // tr
    'yasak', 'yasaktır', 'yasaklı', 'yasaklanmış', 'yasadışı', 'kanunsuz',
    // id
    'dilarang', 'terlarang', 'larangan', 'haram',
    // ru
    'запрещено', 'запрещённый', 'запрещённые', 'запрет', 'запрета', 'запрещена', 'незаконно',
    'незаконный', 'незаконные', 'нелегально', 'недопустимо',
    // uk
    'заборонено', 'заборонений', 'заборонені', 'заборона', 'заборони', 'незаконний', 'незаконні',
    // bg
    'забранено', 'забранен', 'забранени', 'забрана', 'незаконен', 'незаконни',
    // sr
    'zabranjeno', 'zabranjen', 'zabranjena', 'zabrana', 'nezakonito', 'ilegalno', 'забрањено',
    'забрањен', 'незаконито',
    // el
    'απαγορεύεται', 'απαγορευμένο', 'απαγορευμένα', 'απαγόρευση', 'παράνομο', 'παράνομα',
    // ar
    'ممنوع', 'ممنوعة', 'محظور', 'محظورة', 'المحظورة', 'محرم',
    // he
    'אסור', 'אסורה', 'אסורים', 'איסור',
    // fa
    'ممنوعه', 'غیرقانونی',
  ],
  harmful: [
    // en
    'harmful', 'harm', 'harms', 'dangerous', 'danger', 'malicious', 'toxic', 'offensive', 'hateful',
    'abusive', 'destructive', 'damaging', 'hazardous', 'lethal', 'deadly',
    // de
    'schädlich', 'schädliche', 'schädlichen', 'gefährlich', 'gefährliche', 'gefährlichen',
    'bösartig', 'bösartige', 'toxisch', 'toxische', 'giftig', 'beleidigend', 'beleidigende',
    // fr
    'nuisible', 'nuisibles', 'dangereux', 'dangereuse', 'dangereuses', 'malveillant',
    'malveillante', 'malveillants', 'toxique', 'toxiques', 'offensant', 'offensante', 'haineux',
    // es
    'dañino', 'dañina', 'dañinos', 'dañinas', 'perjudicial', 'peligroso', 'peligrosa', 'peligrosos',
    'peligrosas', 'malicioso', 'maliciosa', 'tóxico', 'tóxica', 'ofensivo', 'ofensiva', 'nocivo',
    // pt
    'perigoso', 'perigosa', 'perigosos', 'danoso', 'danosa',
    // it
    'dannoso', 'dannosa', 'dannosi', 'dannose', 'pericoloso', 'pericolosa', 'pericolosi',
    'malevolo', 'tossico', 'tossica',
    // nl
    'schadelijk', 'schadelijke', 'gevaarlijk', 'gevaarlijke', 'kwaadaardig', 'kwaadaardige',
    'giftige', 'beledigend', 'beledigende',
    // pl
    'szkodliwy', 'szkodliwe', 'szkodliwych', 'szkodliwa', 'niebezpieczny', 'niebezpieczne',
    'niebezpiecznych', 'złośliwy', 'złośliwe', 'toksyczny', 'toksyczne', 'obraźliwy', 'obraźliwe',
    // cs
    'škodlivý', 'škodlivé', 'škodlivých', 'nebezpečný', 'nebezpečné', 'nebezpečných', 'zlovolný',
    'toxický', 'toxické', 'urážlivý', 'urážlivé',
    // ro
    'dăunător', 'dăunătoare', 'periculos', 'periculoasă', 'periculoase', 'malițios', 'jignitor',
    'ofensator',
    // hu
    'káros', 'károsat', 'veszélyes', 'veszélyeset', 'rosszindulatú', 'mérgező', 'sértő', 'ártalmas',
    // sv
    'skadlig', 'skadligt', 'skadliga', 'farlig', 'farligt', 'farliga', 'illasinnad', 'kränkande',
    'stötande',
    // da
    'skadelig', 'skadelige', 'farlige', 'ondsindet', 'krænkende', 'stødende',
    // no
    'ondsinnet', 'krenkende', 'støtende',
    // fi
    'haitallinen', 'haitallista', 'haitallisia', 'vaarallinen', 'vaarallista', 'vaarallisia',
    'vahingollinen', 'myrkyllinen', 'loukkaava', 'pahantahtoinen',
    // tr
    'zararlı', 'tehlikeli', 'kötücül', 'toksik', 'zehirli',
    // id
    'berbahaya', 'merugikan', 'jahat', 'beracun', 'ofensif',
    // ru
    'вредный', 'вредные', 'вредная', 'вредное', 'вредоносный', 'вредоносные', 'опасный', 'опасные',
    'опасная', 'опасное', 'опасно', 'токсичный', 'токсичные', 'оскорбительный', 'оскорбительные',
    'злонамеренный',
    // uk
    'шкідливий', 'шкідливі', 'шкідлива', 'небезпечний', 'небезпечні', 'небезпечна', 'токсичний',
    'образливий', 'зловмисний',
    // bg
    'вреден', 'вредни', 'вредна', 'опасен', 'опасни', 'опасна', 'токсичен', 'токсични', 'обидни',
    'злонамерен',
    // sr
    'štetan', 'štetno', 'štetne', 'opasan', 'opasno', 'opasne', 'toksičan', 'uvredljiv',
    'zlonameran', 'штетан', 'штетно', 'опасан', 'увредљив',
    // el
    'επιβλαβές', 'επιβλαβή', 'επιβλαβής', 'επικίνδυνο', 'επικίνδυνα', 'επικίνδυνος', 'κακόβουλο',
    'κακόβουλα', 'τοξικό', 'προσβλητικό',
    // ar
    'ضار', 'ضارة', 'الضار', 'خطير', 'خطيرة', 'الخطيرة', 'خبيث', 'خبيثة', 'سامة', 'مسيء', 'مسيئة',
    'مؤذي', 'مؤذية',
    // he
    'מזיק', 'מזיקה', 'מזיקים', 'מסוכן', 'מסוכנת', 'מסוכנים', 'זדוני', 'רעיל', 'פוגעני',
    // fa
    'مضر', 'خطرناک', 'مخرب', 'سمی', 'توهین',
  ],
  ai: [
    // en
    'assistant', 'assistants', 'chatbot', 'chatbots', 'bot', 'bots', 'model', 'models', 'llm',
    'llms', 'gpt', 'chatgpt', 'robot', 'artificial',
    // de
    'assistent', 'assistenten', 'künstliche', 'sprachmodell', 'sprachmodelle', 'modell', 'modelle',
    // fr
    'assistante', 'modèle', 'modèles', 'artificielle',
    // es
    'asistente', 'asistentes', 'modelo', 'modelos',
    // pt
    'assistente', 'assistentes',
    // it
    'modello', 'modelli', 'artificiale',
    // nl
    'taalmodel', 'taalmodellen',
    // pl
    'asystent', 'asystenta', 'asystentem', 'asystencie', 'modelu', 'modelem', 'sztuczna',
    'sztucznej',
    // cs
    'asistenta', 'asistentem', 'umělá', 'umělé', 'umělou',
    // ro
    'asistentul', 'asistentului', 'modelul', 'artificială',
    // hu
    'asszisztens', 'asszisztenst', 'modellt', 'mesterséges',
    // sv
    'språkmodell', 'modellen', 'artificiell',
    // da
    'sprogmodel', 'kunstig',
    // fi
    'avustaja', 'avustajan', 'avustajana', 'tekoäly', 'tekoälyn', 'tekoälyä', 'kielimalli',
    'kielimallin', 'malli', 'mallin',
    // tr
    'asistan', 'asistanı', 'yapay', 'modeli',
    // id
    'asisten', 'asistenmu',
    // ru
    'ассистент', 'ассистента', 'ассистентом', 'помощник', 'помощника', 'помощником', 'модель',
    'модели', 'моделью', 'нейросеть', 'нейросети', 'нейросетью', 'чатбот', 'бот', 'бота', 'ботом',
    'искусственный', 'искусственного',
    // uk
    'асистент', 'асистентом', 'помічник', 'помічника', 'моделі', 'моделлю', 'нейромережа',
    'штучний', 'штучного',
    // bg
    'асистентът', 'модел', 'модела', 'моделът', 'изкуствен', 'изкуствения',
    // sr
    'asistentom', 'pomoćnik', 'modela', 'modelom', 'veštačka', 'vještačka', 'помоћник', 'вештачка',
    // el
    'βοηθός', 'μοντέλο', 'μοντέλα', 'μοντέλου', 'τεχνητή',
    // ar
    'مساعد', 'المساعد', 'مساعدك', 'النموذج', 'نموذج', 'الاصطناعي', 'روبوت', 'بوت',
    // he
    'העוזר', 'מודל', 'המודל', 'מלאכותית', 'בוט',
    // fa
    'دستیار', 'مدل', 'مصنوعی', 'ربات',
  ],
  without: [
    // added in review: "without" (for "an AI without rules"); 'sin' also means a moral wrong in English, kept for Spanish
    'without', 'ohne', 'sans', 'sin', 'senza', 'zonder', 'bez', 'без', 'χωρίς', 'بدون', 'בלי', 'ללא', 'utan', 'uden', 'uten',
    'ilman', 'tanpa', 'fără', 'nélkül', 'sem',
  ],
  you: [
    // added in review: Italian possessives, Spanish "you are"
    'tue', 'tuoi', 'eres', 'estás',
    // en
    'you', 'your', 'yours', 'yourself', 'yourselves', 'thee', 'thou',
    // de
    'dich', 'dir', 'dein', 'deine', 'deinen', 'deinem', 'deiner', 'deines', 'euch', 'euer', 'eure',
    'euren', 'eurem', 'eurer',
    // fr
    'vous', 'votre', 'vos', 'toi', 'tienne', 'vôtres', 'tes',
    // es
    'usted', 'ustedes', 'vosotros', 'vosotras', 'vuestro', 'vuestra', 'vuestros', 'vuestras',
    'tuyo', 'tuya', 'tuyos', 'tuyas', 'contigo', 'tus',
    // pt
    'você', 'vocês', 'teu', 'tua', 'teus', 'tuas', 'vosso', 'vossa', 'convosco',
    // it
    'tuo', 'tuoi', 'voi', 'vostro', 'vostra', 'vostri', 'vostre',
    // nl
    'jij', 'jou', 'jouw', 'jullie', 'jezelf', 'uzelf',
    // pl
    'ciebie', 'cię', 'tobie', 'tobą', 'twój', 'twoja', 'twoje', 'twojego', 'twojej', 'twoim',
    'twoich', 'twoimi', 'twym', 'wam', 'wami', 'wasz', 'wasza', 'wasze', 'waszego', 'waszej',
    'waszym', 'waszych',
    // cs
    'tebe', 'tobě', 'tebou', 'tvůj', 'tvoje', 'tvá', 'tvé', 'tvého', 'tvému', 'tvým', 'tvými',
    'tvých', 'vás', 'vám', 'vámi', 'vašeho', 'vašemu', 'vašim', 'vašich', 'vašimi',
    // ro
    'dumneavoastră', 'dumneata', 'tău', 'vostru', 'voastră',
    // hu
    'téged', 'neked', 'önnek', 'önök', 'önöket', 'nektek', 'titeket', 'tiétek',
    // sv
    'ditt', 'dina', 'ert', 'eder',
    // da
    'jer', 'jeres',
    // no
    'deg', 'dere', 'deres',
    // fi
    'sinun', 'sinua', 'sinulle', 'sinulla', 'sinusta', 'sinuun', 'sinut', 'teidän', 'teitä',
    'teille', 'teillä', 'teistä', 'teidät',
    // tr
    'seni', 'senin', 'siz', 'sizi', 'sizin', 'sizden', 'sizde',
    // id
    'kamu', 'engkau', 'kau', 'dirimu', 'kalian',
    // ru
    'тебя', 'тебе', 'тобой', 'твой', 'твоя', 'твоё', 'твоего', 'твоей', 'твоему', 'твоим', 'твоих',
    'твоими', 'вас', 'вам', 'вами', 'ваш', 'ваша', 'ваше', 'ваши', 'вашего', 'вашей', 'вашему',
    'вашим', 'ваших', 'вашими',
    // uk
    'тобі', 'тобою', 'твій', 'твоє', 'твої', 'твого', 'твоєї', 'твоїм', 'твоїх', 'вашого', 'вашої',
    // bg
    'теб', 'твоето', 'твоите', 'твоят', 'вие', 'вашия', 'вашият', 'вашата', 'вашето', 'вашите',
    // sr
    'tebi', 'tobom', 'tvoj', 'tvoja', 'tvog', 'tvoga', 'tvojim', 'tvojih', 'vama', 'vaša', 'vašeg',
    'vaših', 'теби', 'тобом', 'твој', 'твоја', 'твоје', 'твог', 'вама', 'вашег', 'вашој',
    // el
    'εσύ', 'εσένα', 'εσείς', 'εσάς', 'σου', 'σας',
    // ar
    'أنت', 'أنتم', 'أنتما', 'أنتن', 'لكم', 'عليك', 'إليك', 'منك', 'معك', 'نفسك',
    // he
    'אתה', 'אתם', 'אתן', 'אותך', 'שלך', 'שלכם', 'שלכן', 'לכם', 'אתכם', 'עצמך',
    // fa
    'شما', 'خودت', 'خودتان',
  ],
  user: [
    // en
    'user', 'users', 'human', 'humans', 'username',
    // de
    'benutzer', 'benutzers', 'benutzern', 'nutzer', 'nutzers', 'nutzern', 'nutzerin', 'anwender',
    'anwenders', 'mensch', 'menschen',
    // fr
    'utilisateur', 'utilisatrice', 'utilisateurs', 'utilisatrices', 'humain', 'humains', 'humaine',
    // es
    'usuario', 'usuaria', 'usuarios', 'humano', 'humana', 'humanos',
    // pt
    'utilizador', 'utilizadores',
    // it
    'utente', 'utenti', 'umano', 'umana', 'umani',
    // nl
    'gebruiker', 'gebruikers', 'mensen',
    // pl
    'użytkownik', 'użytkownika', 'użytkownikowi', 'użytkownikiem', 'użytkownicy', 'użytkowników',
    'człowiek', 'człowieka', 'człowiekiem',
    // cs
    'uživatel', 'uživatele', 'uživateli', 'uživatelem', 'uživatelů', 'člověk', 'člověka',
    // ro
    'utilizator', 'utilizatorul', 'utilizatorului', 'utilizatori', 'utilizatorii', 'omul', 'omului',
    // hu
    'felhasználó', 'felhasználót', 'felhasználónak', 'felhasználók', 'felhasználóval', 'embert',
    // sv
    'användare', 'användaren', 'användarna', 'människa', 'människan', 'människor',
    // da
    'bruger', 'brugeren', 'brugere', 'brugerne', 'menneske', 'mennesket', 'mennesker',
    // no
    'bruker', 'brukeren', 'brukere', 'brukerne',
    // fi
    'käyttäjä', 'käyttäjän', 'käyttäjää', 'käyttäjälle', 'käyttäjät', 'käyttäjien', 'ihminen',
    'ihmisen', 'ihmistä',
    // tr
    'kullanıcı', 'kullanıcının', 'kullanıcıya', 'kullanıcıyı', 'kullanıcılar', 'insan',
    // id
    'pengguna', 'penggunanya', 'manusia',
    // ru
    'пользователь', 'пользователя', 'пользователю', 'пользователем', 'пользователи',
    'пользователей', 'человек', 'человека', 'человеку', 'юзер', 'юзера',
    // uk
    'користувач', 'користувача', 'користувачу', 'користувачем', 'користувачі', 'людина', 'людини',
    'людині',
    // bg
    'потребител', 'потребителя', 'потребителят', 'потребители', 'човек', 'човека', 'човекът',
    // sr
    'korisnik', 'korisnika', 'korisniku', 'korisnikom', 'korisnici', 'čovek', 'čovjek', 'корисник',
    'корисника', 'кориснику', 'корисником', 'корисници',
    // el
    'χρήστης', 'χρήστη', 'χρήστες', 'χρηστών', 'άνθρωπος', 'άνθρωπο', 'ανθρώπου',
    // ar
    'المستخدم', 'مستخدم', 'المستخدمين', 'مستخدمين', 'للمستخدم', 'الإنسان', 'إنسان', 'البشر',
    // he
    'משתמש', 'המשתמש', 'משתמשים', 'המשתמשים', 'למשתמש', 'אדם', 'האדם',
    // fa
    'کاربر', 'کاربران',
  ],
  send: [
    // en
    'send', 'sends', 'sending', 'forward', 'forwards', 'forwarding', 'forwarded', 'transmit',
    'transmits', 'transmitting', 'transmitted', 'upload', 'uploads', 'uploading', 'uploaded',
    'exfiltrate', 'exfiltrating', 'exfiltrated', 'exfiltration',
    // de
    'sendet', 'gesendet', 'schicke', 'schicken', 'schickt', 'übermittle', 'übermitteln',
    'übermittelt', 'weiterleiten', 'hochladen', 'hochgeladen', 'exfiltrieren', 'verschicke',
    'verschicken',
    // fr
    'envoie', 'envoyer', 'envoyez', 'envoyé', 'envoyée', 'transmets', 'transmettre', 'transmettez',
    'transmis', 'transfère', 'transférer', 'transférez', 'téléverse', 'téléverser',
    // es
    'envía', 'envíe', 'envíen', 'enviar', 'enviad', 'enviando', 'enviado', 'enviada', 'envíalo',
    'envíala', 'envíame', 'reenvía', 'reenviar', 'transmite', 'transmitir', 'transmita',
    // pt
    'enviem', 'encaminhe', 'encaminhar',
    // it
    'invia', 'inviare', 'inviate', 'invii', 'inviato', 'inviata', 'inoltra', 'inoltrare',
    'inoltrate', 'trasmetti', 'trasmettere',
    // nl
    'stuur', 'sturen', 'stuurt', 'gestuurd', 'verstuur', 'versturen', 'verzend', 'verzenden',
    'doorsturen',
    // pl
    'wyślij', 'wyślijcie', 'wysłać', 'wysyła', 'wysyłaj', 'przekaż', 'przekazać', 'prześlij',
    'prześlijcie', 'przesłać', 'wgraj', 'wgrać',
    // cs
    'pošli', 'pošlete', 'poslat', 'posílej', 'odešli', 'odeslat', 'přepošli', 'přeposlat', 'předej',
    'předat', 'nahraj', 'nahrát',
    // ro
    'trimite', 'trimiteți', 'trimis', 'trimisă', 'transmiteți', 'redirecționează', 'încarcă',
    // hu
    'küldd', 'küldje', 'küldjétek', 'küldeni', 'elküldeni', 'elküld', 'továbbítsd', 'továbbítani',
    'feltölteni',
    // sv
    'skicka', 'skickar', 'skickade', 'skickat', 'vidarebefordra', 'sända', 'överför',
    // da
    'sendt', 'videresend', 'videresende', 'overfør',
    // fi
    'lähetä', 'lähettäkää', 'lähettää', 'lähetetään', 'lähetetty',
    // tr
    'gönder', 'gönderin', 'göndermek', 'gönderir', 'gönderildi', 'ilet', 'iletin', 'iletmek',
    'aktar', 'aktarın',
    // id
    'kirim', 'kirimkan', 'kirimlah', 'mengirim', 'mengirimkan', 'dikirim', 'teruskan', 'meneruskan',
    'unggah', 'mengunggah',
    // ru
    'отправь', 'отправьте', 'отправить', 'отправляй', 'отправлять', 'пришлите', 'перешли',
    'перешлите', 'переслать', 'передай', 'передайте', 'передать',
    // uk
    'надішли', 'надішліть', 'надіслати', 'відправ', 'відправте', 'відправити', 'перешліть',
    'передати',
    // bg
    'изпрати', 'изпратете', 'изпраща', 'препрати', 'препратете', 'предай', 'предайте',
    // sr
    'pošalji', 'pošaljite', 'poslati', 'prosledi', 'proslijedi', 'prosledite', 'prenesi', 'пошаљи',
    'пошаљите', 'послати', 'проследи', 'проследите',
    // el
    'στείλε', 'στείλτε', 'στέλνω', 'στέλνεις', 'προώθησε', 'προωθήστε', 'μετάδωσε', 'ανέβασε',
    // ar
    'أرسل', 'أرسلي', 'أرسلوا', 'إرسال', 'الإرسال', 'يرسل', 'ترسل',
    // he
    'שלח', 'שלחי', 'שלחו', 'לשלוח', 'שליחה', 'העבירו',
    // fa
    'بفرست', 'فرستادن', 'بفرستید',
  ],
  message: [
    // en
    'email', 'emails', 'mail', 'mails', 'message', 'messages', 'letter', 'letters', 'inbox', 'sms',
    'messaging',
    // de
    'nachricht', 'nachrichten', 'postfach',
    // fr
    'courriel', 'courriels', 'lettre', 'lettres',
    // es
    'correo', 'correos', 'mensaje', 'mensajes',
    // pt
    'mensagem', 'mensagens', 'correio',
    // it
    'messaggio', 'messaggi', 'lettera', 'lettere',
    // nl
    'mailtje', 'berichtje', 'berichtjes',
    // pl
    'wiadomość', 'wiadomości', 'wiadomością', 'wiadomościach', 'mejl', 'mejla', 'poczta', 'poczty',
    // cs
    'zpráva', 'zprávu', 'zprávy', 'zpráv', 'dopis', 'dopisu', 'pošta', 'poštou',
    // ro
    'mesaj', 'mesajul', 'mesaje', 'mesajele', 'scrisoare', 'scrisoarea',
    // hu
    'üzenet', 'üzenetet', 'üzenetek', 'üzenetben', 'levelet', 'levelek',
    // sv
    'meddelande', 'meddelandet', 'meddelanden', 'brev', 'mejlet',
    // da
    'besked', 'beskeder', 'beskeden', 'meddelelse', 'meddelelser', 'brevet',
    // no
    'melding', 'meldinger', 'meldingen', 'beskjed',
    // fi
    'viesti', 'viestin', 'viestiä', 'viestit', 'viestejä', 'sähköposti', 'sähköpostin', 'kirje',
    'kirjeen',
    // tr
    'mesajı', 'mesajlar', 'mesajları', 'eposta', 'mektup',
    // id
    'pesan', 'surel', 'surat',
    // ru
    'сообщение', 'сообщения', 'сообщений', 'сообщению', 'письмо', 'письма', 'писем', 'почта',
    'почту', 'имейл', 'емейл',
    // uk
    'повідомлення', 'листи', 'пошта', 'пошту',
    // bg
    'съобщение', 'съобщения', 'съобщението', 'писмо', 'писма', 'писмото', 'поща', 'пощата',
    // sr
    'poruka', 'poruke', 'poruku', 'porukom', 'pismo', 'pisma', 'imejl', 'порука', 'поруке',
    'поруку',
    // el
    'μήνυμα', 'μηνύματα', 'μηνύματος', 'επιστολή', 'γράμμα',
    // ar
    'رسالة', 'الرسالة', 'رسائل', 'الرسائل', 'رسالتك', 'بريد', 'البريد', 'إيميل',
    // he
    'הודעה', 'ההודעה', 'הודעות', 'ההודעות', 'מייל', 'אימייל', 'דואר', 'מכתב',
    // fa
    'پیام', 'پیامها', 'ایمیل', 'نامه',
  ],
  link: [
    // en
    'link', 'url', 'urls', 'website', 'websites', 'webpage', 'webpages', 'hyperlink', 'webhook',
    'web',
    // de
    'webseite', 'webseiten', 'internetseite', 'verlinkung',
    // fr
    'lien', 'liens', 'hyperlien',
    // es
    'enlace', 'enlaces', 'vínculo', 'vínculos',
    // it
    'collegamento', 'collegamenti',
    // nl
    'koppeling', 'webpagina',
    // pl
    'łącze', 'łącza', 'linku', 'linkiem', 'linki', 'odnośnik', 'witryna', 'witryny',
    // cs
    'odkaz', 'odkazu', 'odkazy', 'webu',
    // ro
    'linkul', 'linkuri',
    // hu
    'linket', 'linkre', 'linkek', 'weboldal', 'weboldalt', 'honlap', 'honlapot',
    // sv
    'länk', 'länken', 'länkar', 'webbplats', 'webbsida',
    // da
    'hjemmeside', 'webside',
    // no
    'lenke', 'lenken', 'lenker', 'nettside', 'nettsted',
    // fi
    'linkki', 'linkin', 'linkkiä', 'linkit', 'verkkosivu', 'verkkosivusto', 'sivusto',
    // tr
    'bağlantı', 'bağlantıyı', 'bağlantısı',
    // id
    'tautan', 'situs', 'laman',
    // ru
    'ссылка', 'ссылку', 'ссылки', 'ссылке', 'ссылкой', 'сайт', 'сайта', 'сайте', 'урл',
    // uk
    'посилання',
    // bg
    'връзка', 'връзката', 'линк', 'линка', 'уебсайт',
    // sr
    'sajt', 'sajta', 'линку', 'сајт', 'сајта',
    // el
    'σύνδεσμος', 'σύνδεσμο', 'συνδέσμου', 'ιστοσελίδα', 'ιστότοπος', 'ιστοσελίδας',
    // ar
    'رابط', 'الرابط', 'روابط', 'الروابط',
    // he
    'קישור', 'הקישור', 'קישורים', 'אתר', 'האתר', 'לינק',
    // fa
    'لینک', 'پیوند', 'وبسایت', 'سایت',
  ],
  all: [
    // en
    'all', 'everything', 'anything', 'every', 'entire', 'whole', 'entirety',
    // de
    'alles', 'gesamte', 'gesamten', 'ganze', 'ganzen', 'sämtliche', 'sämtlichen', 'jedes', 'jeder',
    // fr
    'tout', 'toute', 'toutes', 'tous', 'entier', 'entière', 'entièrement',
    // es
    'todo', 'toda', 'todos', 'todas', 'entero', 'entera', 'cualquier', 'cada',
    // pt
    'tudo', 'inteiro', 'inteira', 'qualquer',
    // it
    'tutto', 'tutta', 'tutti', 'tutte', 'ogni', 'qualsiasi', 'intero', 'intera',
    // nl
    'allemaal', 'gehele', 'geheel', 'elke', 'ieder', 'iedere',
    // pl
    'wszystko', 'wszystkie', 'wszystkich', 'wszystkimi', 'cały', 'cała', 'całe', 'całego', 'każdy',
    'każde', 'każdą',
    // cs
    'všechno', 'všechny', 'všech', 'vše', 'všemi', 'celý', 'celé', 'celou', 'celého',
    // ro
    'toate', 'toți', 'totul', 'întreg', 'întreaga', 'orice', 'fiecare',
    // hu
    'minden', 'mindent', 'mindet', 'összes', 'összeset', 'egész', 'egészet', 'bármit', 'bármi',
    // sv
    'allt', 'hela', 'varje', 'samtliga',
    // da
    'hele', 'ethvert', 'samtlige',
    // fi
    'kaikki', 'kaiken', 'kaikkea', 'kaikkia', 'kaikkien', 'koko', 'jokainen', 'jokaisen',
    // tr
    'tüm', 'tümü', 'tümünü', 'bütün', 'hepsi', 'hepsini', 'herşey', 'herşeyi',
    // id
    'semua', 'semuanya', 'seluruh', 'seluruhnya', 'setiap', 'segala', 'segalanya',
    // ru
    'все', 'всё', 'всех', 'всем', 'всеми', 'весь', 'вся', 'всю', 'каждый', 'каждое', 'целиком',
    // uk
    'всі', 'усі', 'всього', 'усе', 'увесь', 'кожен', 'кожне', 'цілком',
    // bg
    'всичко', 'всички', 'целия', 'целият', 'цялата', 'всеки',
    // sr
    'sve', 'svi', 'svih', 'svim', 'cijeli', 'celu', 'svaki', 'све', 'сви', 'свих', 'свим', 'цео',
    'сваки',
    // el
    'όλα', 'όλες', 'όλους', 'όλο', 'όλη', 'όλων', 'ολόκληρο', 'ολόκληρη', 'κάθε', 'οτιδήποτε',
    // ar
    'جميع', 'الجميع', 'جميعها', 'كامل', 'الكامل', 'كاملة',
    // he
    'הכל', 'הכול', 'כולם', 'כולן', 'כולה', 'כולו',
    // fa
    'همه', 'تمام', 'تمامی',
  ],
  original: [
    // en
    'original', 'originally', 'initial', 'initially', 'first', 'underlying', 'real', 'genuine',
    // de
    'ursprünglich', 'ursprüngliche', 'ursprünglichen', 'originale', 'originalen', 'anfängliche',
    'anfänglichen', 'erste', 'ersten', 'erster', 'eigentliche', 'eigentlichen', 'echte', 'echten',
    'wahre', 'wahren', 'zugrundeliegende',
    // fr
    'originaux', 'originales', 'initiale', 'initiales', 'initiaux', 'première', 'premières',
    'premiers', 'véritable', 'véritables', 'réelle',
    // es
    'inicial', 'iniciales', 'primera', 'primeras', 'primeros', 'originalmente', 'verdadero',
    'verdadera', 'verdaderas',
    // pt
    'originais', 'primeiro', 'primeira', 'primeiras', 'primeiros', 'verdadeiro', 'verdadeira',
    'verdadeiras',
    // it
    'originali', 'iniziale', 'iniziali', 'primi', 'reale',
    // nl
    'oorspronkelijk', 'oorspronkelijke', 'originele', 'initiële', 'eerste', 'werkelijke',
    // pl
    'oryginalny', 'oryginalne', 'oryginalnych', 'oryginalnej', 'pierwotny', 'pierwotne',
    'pierwotnych', 'początkowe', 'początkowy', 'pierwsze', 'pierwszy', 'pierwszych', 'prawdziwe',
    'prawdziwy',
    // cs
    'původní', 'původních', 'původním', 'originální', 'počáteční', 'první', 'skutečné', 'skutečný',
    'pravé',
    // ro
    'originală', 'inițială', 'primul', 'primele', 'adevărat', 'adevărată', 'adevăratele',
    // hu
    'eredeti', 'eredetit', 'eredetiek', 'kezdeti', 'első', 'elsőt', 'valódi', 'igazi',
    // sv
    'ursprunglig', 'ursprungliga', 'ursprungligen', 'första', 'verkliga',
    // da
    'oprindelig', 'oprindelige', 'første', 'egentlige',
    // no
    'opprinnelig', 'opprinnelige',
    // fi
    'alkuperäinen', 'alkuperäiset', 'alkuperäisen', 'alkuperäistä', 'alkuperäisiä', 'ensimmäinen',
    'ensimmäiset', 'todellinen', 'todelliset',
    // tr
    'orijinal', 'orijinali', 'asıl', 'gerçek', 'ilk', 'başlangıç',
    // id
    'asli', 'aslinya', 'awal', 'pertama',
    // ru
    'оригинальный', 'оригинальные', 'оригинальная', 'исходный', 'исходные', 'исходная', 'исходного',
    'исходных', 'первоначальный', 'первоначальные', 'изначальный', 'изначальные', 'первые',
    'первый', 'первую', 'настоящий', 'настоящие',
    // uk
    'оригінальний', 'оригінальні', 'початкові', 'початковий', 'первісні', 'перші', 'перший',
    'справжній', 'справжні',
    // bg
    'оригинален', 'оригинални', 'оригиналната', 'първоначален', 'първоначални', 'първоначалните',
    'първи', 'първите', 'истински', 'истинските',
    // sr
    'originalne', 'izvorni', 'izvorne', 'prvobitni', 'prvobitne', 'početni', 'prve', 'prvi',
    'pravi', 'изворни', 'првобитни', 'почетни', 'прве', 'први',
    // el
    'αρχικό', 'αρχικές', 'αρχικά', 'αρχική', 'αρχικός', 'αρχικών', 'πρωτότυπο', 'πρωτότυπες',
    'πρώτες', 'πρώτο', 'πραγματικό', 'πραγματικές',
    // ar
    'الأصلية', 'الأصلي', 'أصلي', 'أصلية', 'الأولى', 'الأول', 'الأولية', 'الأساسية', 'الحقيقية',
    'الحقيقي',
    // he
    'המקוריות', 'המקורי', 'המקורית', 'מקורי', 'מקוריות', 'הראשונות', 'הראשונים', 'האמיתי',
    'האמיתית',
    // fa
    'اصلی', 'اولیه', 'نخستین', 'واقعی',
  ],
  bypass: [
    // en
    'bypass', 'bypassing', 'bypassed', 'bypasses', 'circumvent', 'circumventing', 'circumvented',
    'circumvention', 'override', 'overriding', 'overridden', 'overrides', 'overwrite',
    'overwriting', 'overwritten', 'evade', 'evading', 'evasion', 'sidestep', 'workaround',
    // de
    'umgehe', 'umgangen', 'umgehung', 'überschreibe', 'überschreiben', 'überschreibt',
    'überschrieben', 'aushebeln',
    // fr
    'contourne', 'contourner', 'contournez', 'contournement', 'outrepasse', 'outrepasser',
    'outrepassez', 'écrase', 'écraser', 'écrasez',
    // es
    'elude', 'eludir', 'evadir', 'sobrescribe', 'sobrescribir', 'eludiendo',
    // pt
    'contorne', 'contornar', 'burle', 'burlar', 'sobrescreva', 'sobrescrever', 'sobrepor',
    // it
    'aggira', 'aggirare', 'aggirate', 'eludi', 'eludere', 'sovrascrivi', 'sovrascrivere',
    'scavalca', 'scavalcare', 'bypassa', 'bypassare',
    // nl
    'omzeil', 'omzeilen', 'omzeilt', 'omzeild', 'overschrijf', 'overschrijven', 'ontwijk',
    'ontwijken', 'ontduik',
    // pl
    'obejdź', 'obejść', 'obchodzić', 'omiń', 'ominąć', 'nadpisz', 'nadpisać',
    // cs
    'obejdi', 'obejít', 'obcházet', 'obcházení', 'přepiš', 'přepsat',
    // ro
    'ocolește', 'ocoliți', 'ocoli', 'ocolirea', 'suprascrie', 'suprascrieți', 'eludează', 'eluda',
    // hu
    'megkerül', 'megkerülni', 'megkerülés', 'felülír', 'felülírni', 'felülírja',
    // sv
    'kringgå', 'kringgår', 'kringgick', 'åsidosätt', 'åsidosätta',
    // da
    'omgå', 'omgår', 'omgik', 'overskriv', 'overskrive',
    // no
    'overstyr', 'overstyre',
    // fi
    'kierrä', 'kiertää', 'kiertäkää', 'ohitus', 'ylikirjoita', 'ylikirjoittaa', 'kumoa',
    // tr
    'atlat', 'atlatmak', 'atlatın', 'geçersiz',
    // id
    'akali', 'mengakali', 'menerobos', 'terobos', 'timpa', 'menimpa',
    // ru
    'обойди', 'обойдите', 'обойти', 'обход', 'обхода', 'перезапиши', 'перезаписать', 'переопредели',
    'переопределить',
    // uk
    'обійди', 'обійдіть', 'обійти', 'обхід', 'перезаписати', 'перевизнач',
    // bg
    'заобиколи', 'заобиколете', 'заобикаляне', 'презапиши', 'презапишете',
    // sr
    'zaobiđi', 'zaobiđite', 'zaobići', 'zaobilaženje', 'prepiši', 'prepisati', 'nadjačaj',
    'заобиђи', 'заобиђите', 'заобићи', 'препиши', 'надјачај',
    // el
    'παράκαμψε', 'παρακάμψτε', 'παράκαμψη', 'παρακάμπτω', 'υπερίσχυσε',
    // ar
    'تجاوز', 'تجاوزي', 'تجاوزوا', 'التجاوز', 'تحايل', 'التحايل', 'الالتفاف',
    // he
    'עקוף', 'עקפי', 'עקפו', 'לעקוף', 'עקיפה', 'דרוס', 'לדרוס',
    // fa
    'دورزدن', 'بایپس',
  ],
  disable: [
    // en
    'disable', 'disables', 'disabling', 'disabled', 'deactivate', 'deactivates', 'deactivating',
    'deactivated', 'remove', 'removes', 'removing', 'removed', 'delete', 'deletes', 'deleting',
    'deleted', 'shutdown', 'wipe', 'purge', 'uninstall',
    // de
    'deaktiviere', 'deaktivieren', 'deaktiviert', 'deaktivierung', 'ausschalten', 'abschalten',
    'entferne', 'entfernen', 'entfernt', 'lösche', 'löschen', 'löscht', 'gelöscht',
    // fr
    'désactive', 'désactiver', 'désactivez', 'désactivée', 'supprime', 'supprimer', 'supprimez',
    'supprimée', 'efface', 'effacer', 'effacez', 'enlève', 'enlever', 'enlevez', 'retirer',
    'retirez',
    // es
    'desactiva', 'desactivar', 'desactiven', 'desactivado', 'desactivada', 'elimina', 'eliminar',
    'elimine', 'eliminen', 'eliminado', 'eliminada', 'borrar', 'borre', 'borrado', 'quita',
    'quitar', 'apaga', 'apagar', 'anula', 'anular',
    // pt
    'desative', 'desativar', 'desativa', 'desativem', 'desativado', 'desativada', 'remova',
    'remover', 'removam', 'exclua', 'excluir',
    // it
    'disattiva', 'disattivare', 'disattivate', 'disattivato', 'disattivata', 'rimuovi', 'rimuovere',
    'rimuovete', 'eliminare', 'eliminate', 'cancella', 'cancellare', 'cancellate', 'spegni',
    'spegnere',
    // nl
    'uitschakelen', 'deactiveer', 'deactiveren', 'verwijder', 'verwijderen', 'verwijdert',
    'verwijderd',
    // pl
    'wyłącz', 'wyłączcie', 'wyłączyć', 'wyłączony', 'dezaktywuj', 'dezaktywować', 'usuń', 'usuńcie',
    'usunąć', 'usuwaj', 'skasuj', 'skasować',
    // cs
    'vypni', 'vypněte', 'vypnout', 'deaktivuj', 'deaktivovat', 'odstraň', 'odstraňte', 'odstranit',
    'smaž', 'smažte', 'smazat', 'vymaž', 'vymazat',
    // ro
    'dezactivează', 'dezactivați', 'dezactiva', 'dezactivat', 'eliminați', 'șterge', 'ștergeți',
    // hu
    'tiltsd', 'letiltani', 'letiltja', 'deaktiváld', 'töröld', 'törölje', 'törölni', 'eltávolítani',
    'távolítsd', 'kikapcsolni',
    // sv
    'inaktivera', 'inaktiverar', 'avaktivera', 'radera', 'raderar', 'avlägsna',
    // da
    'deaktiver', 'deaktivere', 'deaktiveret', 'fjern', 'fjerne', 'fjerner', 'slette', 'sletter',
    // no
    'deaktivert', 'slett',
    // fi
    'poista', 'poistakaa', 'poistaa', 'poistetaan', 'poistettu', 'deaktivoi', 'deaktivoida',
    'sammuta', 'sammuttaa',
    // tr
    'kapat', 'kapatın', 'kapatmak', 'sil', 'silin', 'silmek', 'kaldır', 'kaldırın', 'kaldırmak',
    // id
    'nonaktifkan', 'matikan', 'hapus', 'hapuslah', 'menghapus', 'dihapus', 'hilangkan',
    'singkirkan',
    // ru
    'отключи', 'отключите', 'отключить', 'выключи', 'выключите', 'выключить', 'деактивируй',
    'удали', 'удалите', 'удалить', 'удаляй', 'сотри', 'сотрите', 'стереть', 'убери', 'уберите',
    // uk
    'вимкни', 'вимкніть', 'вимкнути', 'відключи', 'відключіть', 'деактивуй', 'видали', 'видаліть',
    'видалити', 'зітри', 'зітріть', 'прибери',
    // bg
    'изключи', 'изключете', 'изключва', 'деактивирай', 'премахни', 'премахнете', 'изтрий',
    'изтрийте',
    // sr
    'isključi', 'isključite', 'isključiti', 'deaktiviraj', 'ukloni', 'uklonite', 'ukloniti',
    'obriši', 'obrišite', 'izbriši', 'искључи', 'искључите', 'деактивирај', 'уклони', 'уклоните',
    'обриши', 'обришите', 'избриши',
    // el
    'απενεργοποίησε', 'απενεργοποιήστε', 'απενεργοποίηση', 'αφαίρεσε', 'αφαιρέστε', 'διάγραψε',
    'διαγράψτε', 'διαγραφή',
    // ar
    'عطل', 'عطلي', 'عطلوا', 'تعطيل', 'التعطيل', 'احذف', 'احذفي', 'احذفوا', 'حذف', 'الحذف', 'أزل',
    'أزيلي', 'إزالة',
    // he
    'השבת', 'השביתי', 'השביתו', 'להשבית', 'מחק', 'מחקי', 'מחקו', 'למחוק', 'הסר', 'הסירי', 'הסירו',
    'להסיר', 'כבה',
    // fa
    'غیرفعال', 'پاک',
  ],
  conversation: [
    // en
    'conversation', 'conversations', 'dialogue', 'dialog', 'dialogues', 'context', 'contexts',
    'history', 'transcript', 'transcripts', 'chatlog', 'session',
    // de
    'unterhaltung', 'unterhaltungen', 'gespräch', 'gespräche', 'gesprächs', 'konversation',
    'kontext', 'verlauf', 'chatverlauf', 'sitzung',
    // fr
    'contexte',
    // es
    'conversación', 'conversaciones', 'diálogo', 'contexto', 'historial', 'charla',
    // pt
    'conversa', 'conversas', 'conversação',
    // it
    'conversazione', 'conversazioni', 'contesto', 'cronologia',
    // nl
    'gesprek', 'gesprekken', 'conversatie', 'dialoog',
    // pl
    'rozmowa', 'rozmowy', 'rozmowie', 'rozmowę', 'rozmów', 'konwersacja', 'konwersacji', 'kontekst',
    'kontekstu', 'kontekście', 'dialogu',
    // cs
    'konverzace', 'konverzaci', 'rozhovor', 'rozhovoru', 'kontextu',
    // ro
    'conversația', 'conversații', 'contextul', 'dialogul',
    // hu
    'beszélgetés', 'beszélgetést', 'beszélgetésben', 'beszélgetések', 'kontextus', 'kontextust',
    'előzmények', 'előzményeket', 'párbeszéd',
    // sv
    'konversationen', 'samtal', 'samtalet', 'kontexten', 'historik', 'historiken',
    // da
    'samtale', 'samtalen', 'samtaler', 'konteksten',
    // no
    'historikk',
    // fi
    'keskustelu', 'keskustelun', 'keskustelua', 'keskustelut', 'keskusteluhistoria', 'konteksti',
    'kontekstin', 'kontekstia', 'dialogi',
    // tr
    'konuşma', 'konuşmayı', 'konuşmanın', 'sohbet', 'sohbeti', 'sohbetin', 'bağlam', 'bağlamı',
    'geçmişi', 'diyalog',
    // id
    'percakapan', 'obrolan', 'konteks', 'riwayat',
    // ru
    'разговор', 'разговора', 'разговоре', 'беседа', 'беседы', 'беседу', 'диалог', 'диалога',
    'диалоге', 'контекст', 'контекста', 'контексте', 'переписка', 'переписки', 'переписку', 'чат',
    'чата', 'чате',
    // uk
    'розмова', 'розмови', 'розмову', 'бесіда', 'діалогу', 'контексту', 'листування', 'чату',
    // bg
    'разговорът',
    // sr
    'razgovor', 'razgovora', 'razgovoru', 'dijalog', 'konteksta', 'ćaskanje', 'разговору',
    'дијалог', 'ћаскање',
    // el
    'συνομιλία', 'συνομιλίας', 'συνομιλίες', 'συζήτηση', 'συζήτησης', 'διάλογος', 'πλαίσιο',
    'ιστορικό',
    // ar
    'المحادثة', 'محادثة', 'المحادثات', 'محادثات', 'الحوار', 'حوار', 'السياق', 'سياق', 'الدردشة',
    'دردشة',
    // he
    'שיחה', 'השיחה', 'שיחות', 'השיחות',
    // fa
    'گفتگو', 'گفتگوی', 'مکالمه', 'تاریخچه',
  ],
  following: [
    // en
    'following', 'below', 'next', 'hereunder',
    // de
    'folgende', 'folgenden', 'folgender', 'folgendes', 'nachfolgende', 'nachfolgenden', 'unten',
    'nächste', 'nächsten', 'untenstehende', 'untenstehenden',
    // fr
    'suivant', 'suivante', 'suivants', 'suivantes', 'dessous', 'prochain', 'prochaine',
    // es
    'siguiente', 'siguientes', 'abajo', 'continuación', 'próximo', 'próxima',
    // pt
    'seguinte', 'seguintes', 'abaixo',
    // it
    'seguente', 'seguenti', 'sotto', 'successivo', 'successiva', 'prossimo', 'prossima',
    // nl
    'volgende', 'onderstaande', 'hieronder',
    // pl
    'następujące', 'następujący', 'następująca', 'następujących', 'poniższe', 'poniższy',
    'poniższych', 'poniżej', 'następny', 'następne', 'następnie',
    // cs
    'následující', 'níže', 'následně',
    // ro
    'următoarea', 'următorul', 'următoarele', 'următoare', 'dedesubt',
    // hu
    'következő', 'következőket', 'alábbi', 'alábbiakat', 'alábbiak', 'alábbiakban', 'alább',
    // sv
    'följande', 'nedan', 'nästa',
    // da
    'følgende', 'nedenfor', 'næste',
    // no
    'nedenstående',
    // fi
    'seuraava', 'seuraavat', 'seuraavaa', 'seuraavia', 'seuraavassa', 'alapuolella',
    // tr
    'aşağıdaki', 'aşağıdakileri', 'aşağıdakini', 'şunları', 'sonraki',
    // id
    'berikut', 'berikutnya',
    // ru
    'следующие', 'следующий', 'следующая', 'следующее', 'следующих', 'следующим', 'ниже',
    'нижеследующий',
    // uk
    'наступні', 'наступний', 'наступна', 'наступне', 'наступних', 'нижче',
    // bg
    'следните', 'следния', 'следващ', 'следващия', 'следващите',
    // sr
    'sledeće', 'sljedeće', 'sledeći', 'sljedeći', 'sledećih', 'sljedećih', 'sledeća', 'следеће',
    'следећи', 'следећих',
    // el
    'ακόλουθα', 'ακόλουθες', 'ακόλουθο', 'παρακάτω', 'επόμενο', 'επόμενες', 'επόμενα', 'εξής',
    // ar
    'التالية', 'التالي', 'يلي', 'أدناه', 'الآتية', 'الآتي',
    // he
    'הבאות', 'הבאים', 'הבא', 'הבאה', 'להלן',
    // fa
    'بعدی', 'ذیل',
  ],
  execute: [
    // en
    'execute', 'executes', 'executing', 'executed', 'execution', 'run', 'invoke', 'invoking',
    'invoked', 'launch', 'launching', 'eval', 'exec',
    // de
    'führe', 'ausführen', 'ausführung', 'ausgeführt', 'starte', 'starten', 'startet', 'aufrufen',
    // fr
    'exécuter', 'exécutez', 'lancer', 'lancez', 'invoque', 'invoquer',
    // es
    'ejecuta', 'ejecutar', 'ejecute', 'ejecuten', 'ejecutad', 'ejecutando', 'ejecución', 'invoca',
    'invocar',
    // pt
    'executar', 'executa', 'executem', 'executando', 'execução',
    // it
    'esegui', 'eseguire', 'eseguite', 'esegua', 'esecuzione', 'avvia', 'avviare',
    // nl
    'uitvoeren', 'uitgevoerd', 'uitvoering',
    // pl
    'wykonaj', 'wykonajcie', 'wykonać', 'wykonanie', 'uruchom', 'uruchomcie', 'uruchomić',
    'wywołaj', 'wywołać',
    // cs
    'spusť', 'spusťte', 'spustit', 'proveďte', 'provést', 'vykonej',
    // ro
    'executați', 'rulează', 'rulați', 'rula', 'lansează',
    // hu
    'futtasd', 'futtassa', 'futtatni', 'futtatás', 'hajtsd', 'végrehajtani', 'végrehajtja',
    'indítsd',
    // sv
    'köra', 'exekvera', 'utför', 'utföra',
    // da
    'kør', 'køre', 'kører', 'udfør', 'udføre',
    // no
    'kjør', 'kjøre', 'kjører', 'utføre',
    // fi
    'suorita', 'suorittakaa', 'suorittaa', 'suoritetaan', 'käynnistä', 'käynnistää',
    // tr
    'çalıştır', 'çalıştırın', 'çalıştırmak', 'yürüt', 'yürütün', 'yürütmek',
    // id
    'jalankan', 'menjalankan', 'dijalankan', 'eksekusi', 'laksanakan',
    // ru
    'выполни', 'выполните', 'выполнить', 'запусти', 'запустите', 'запустить', 'исполни',
    'исполнить', 'вызови', 'вызовите',
    // uk
    'виконай', 'виконайте', 'виконати', 'запустіть', 'виклич', 'викличте',
    // bg
    'изпълни', 'изпълнете', 'изпълнение', 'стартирай', 'стартирайте', 'извикай',
    // sr
    'izvrši', 'izvršite', 'izvršiti', 'pokreni', 'pokrenite', 'pokrenuti', 'изврши', 'извршите',
    'покрени', 'покрените',
    // el
    'εκτέλεσε', 'εκτελέστε', 'εκτέλεση', 'εκτελώ', 'τρέξε', 'τρέξτε',
    // ar
    'نفذ', 'نفذي', 'نفذوا', 'تنفيذ', 'التنفيذ', 'تشغيل',
    // he
    'הרץ', 'הריצי', 'הריצו', 'להריץ', 'בצע', 'בצעי', 'בצעו', 'לבצע',
    // fa
    'اجرا',
  ],
  hacking: [
    // en
    'hack', 'hacks', 'hacking', 'hacked', 'hacker', 'hackers', 'exploit', 'exploits', 'exploiting',
    'exploited', 'attack', 'attacks', 'attacking', 'attacker', 'attackers', 'malware', 'virus',
    'viruses', 'phishing', 'ransomware', 'trojan', 'keylogger', 'backdoor', 'rootkit', 'spyware',
    'botnet', 'ddos',
    // de
    'hacken', 'gehackt', 'angriff', 'angriffe', 'angreifer', 'schadsoftware', 'schadcode', 'viren',
    'trojaner', 'sicherheitslücke',
    // fr
    'pirater', 'piratage', 'pirate', 'attaque', 'attaques', 'attaquer', 'hameçonnage',
    // es
    'hackear', 'hackeo', 'pirateo', 'ataque', 'ataques', 'atacar',
    // it
    'attacco', 'attacchi', 'attaccare', 'hackerare',
    // nl
    'aanval', 'aanvallen', 'aanvaller',
    // pl
    'włamanie', 'włamać', 'zhakować', 'hakować', 'atak', 'ataki', 'ataku', 'wirus', 'wirusy',
    // cs
    'hacknout', 'útok', 'útoky', 'útočník', 'viry',
    // ro
    'atacul', 'atacuri', 'virusul',
    // hu
    'hackelés', 'hackelni', 'feltörni', 'támadás', 'támadást', 'támadó',
    // sv
    'hacka', 'hackad', 'angrepp',
    // da
    'angreb', 'angribe',
    // no
    'angrep',
    // fi
    'hakkerointi', 'hakkeroida', 'hyökkäys', 'hyökkäyksen', 'haittaohjelma',
    // tr
    'saldırı', 'saldırıya', 'saldırılar', 'hackle', 'hacklemek',
    // id
    'retas', 'meretas', 'peretas', 'serangan', 'menyerang',
    // ru
    'взлом', 'взлома', 'взломать', 'взломай', 'хакер', 'хакеры', 'атака', 'атаки', 'атаку', 'вирус',
    'вирусы', 'эксплойт', 'фишинг',
    // uk
    'злам', 'зламати', 'зламай', 'віруси', 'експлойт', 'фішинг',
    // bg
    'хакване', 'хакни', 'атаката', 'вируси',
    // sr
    'hakovanje', 'hakuj', 'napad', 'napada', 'napadi', 'хаковање', 'напад', 'напада', 'напади',
    // el
    'παραβίαση', 'χάκερ', 'επίθεση', 'επιθέσεις',
    // ar
    'اختراق', 'الاختراق', 'اخترق', 'هجوم', 'الهجوم', 'هجمات', 'فيروس', 'فيروسات', 'تصيد',
    // he
    'פריצה', 'לפרוץ', 'פרוץ', 'האקר', 'התקפה', 'מתקפה', 'וירוס', 'נוזקה',
    // fa
    'حمله', 'ویروس', 'بدافزار', 'فیشینگ',
  ],
  urgent: [
    // en
    'important', 'urgent', 'urgently', 'attention', 'warning', 'warnings', 'notice', 'alert',
    'alerts', 'critical', 'emergency', 'caution', 'asap',
    // de
    'wichtig', 'wichtige', 'wichtigen', 'dringend', 'dringende', 'achtung', 'warnung', 'warnungen',
    'hinweis', 'aufmerksamkeit', 'eilig', 'notfall', 'kritisch',
    // fr
    'importante', 'urgente', 'avertissement', 'alerte', 'urgence',
    // es
    'importantes', 'urgentes', 'atención', 'advertencia', 'aviso', 'alerta', 'emergencia',
    'crítico',
    // pt
    'atenção',
    // it
    'attenzione', 'avviso', 'avvertenza', 'allerta', 'emergenza',
    // nl
    'belangrijk', 'belangrijke', 'waarschuwing', 'aandacht', 'opgelet',
    // pl
    'ważne', 'ważny', 'ważna', 'pilne', 'pilny', 'uwaga', 'ostrzeżenie',
    // cs
    'důležité', 'důležitý', 'naléhavé', 'urgentní', 'pozor', 'varování', 'upozornění',
    // ro
    'importantă', 'atenție', 'avertisment',
    // hu
    'fontos', 'sürgős', 'figyelem', 'figyelmeztetés', 'vigyázat',
    // sv
    'viktigt', 'viktig', 'brådskande', 'varning', 'observera', 'uppmärksamhet',
    // da
    'vigtigt', 'vigtig', 'haster', 'advarsel', 'bemærk', 'opmærksomhed',
    // fi
    'tärkeä', 'tärkeää', 'kiireellinen', 'huomio', 'varoitus',
    // tr
    'önemli', 'acil', 'dikkat', 'uyarı',
    // id
    'penting', 'mendesak', 'perhatian', 'peringatan', 'darurat',
    // ru
    'важно', 'важное', 'важный', 'срочно', 'срочный', 'внимание', 'предупреждение',
    // uk
    'важливо', 'важливе', 'важливий', 'терміново', 'увага', 'попередження',
    // bg
    'спешно',
    // sr
    'važno', 'hitno', 'pažnja', 'upozorenje', 'хитно', 'пажња', 'упозорење',
    // el
    'σημαντικό', 'σημαντική', 'επείγον', 'προσοχή', 'προειδοποίηση',
    // ar
    'مهم', 'هام', 'عاجل', 'تنبيه', 'تحذير', 'انتباه',
    // he
    'חשוב', 'דחוף', 'אזהרה', 'התראה',
    // fa
    'فوری', 'توجه', 'هشدار',
  ],
  stop: [
    // en
    'stop', 'stops', 'stopping', 'stopped', 'cease', 'ceasing', 'halt', 'halting', 'quit',
    'terminate', 'abort',
    // de
    'stopp', 'stoppe', 'stoppen', 'aufhören', 'beende', 'beenden', 'abbrechen',
    // fr
    'arrête', 'arrêter', 'arrêtez', 'arrêtons', 'cesse', 'cesser', 'cessez',
    // es
    'detente', 'detén', 'detener', 'deténgase', 'parar', 'cesa',
    // pt
    'parem', 'interrompa', 'interromper',
    // it
    'fermati', 'fermare', 'smetti', 'smettere', 'smettetela', 'interrompi', 'interrompere',
    // nl
    'stopt', 'ophouden', 'beëindig', 'beëindigen',
    // pl
    'przestań', 'przestańcie', 'przestać', 'zatrzymaj', 'zatrzymać', 'zakończ', 'zakończyć',
    // cs
    'přestaň', 'přestaňte', 'přestat', 'zastav', 'zastavte', 'zastavit', 'ukonči', 'ukončit',
    // ro
    'oprește', 'opriți', 'opri', 'încetează', 'încetați',
    // hu
    'állj', 'abbahagyni', 'fejezd',
    // sv
    'sluta', 'slutar', 'stoppa', 'avbryt', 'avsluta',
    // da
    'ophør', 'afbryd', 'afslut',
    // no
    'slutt', 'avslutt',
    // fi
    'lopeta', 'lopettakaa', 'lopettaa', 'pysähdy', 'pysäytä', 'keskeytä',
    // tr
    'durdur', 'durdurun',
    // id
    'berhenti', 'hentikan', 'henti',
    // ru
    'остановись', 'остановитесь', 'стоп', 'прекрати', 'прекратите', 'прекратить', 'перестань',
    'перестаньте', 'хватит',
    // uk
    'зупинись', 'зупиніться', 'зупини', 'припини', 'припиніть', 'годі',
    // bg
    'спри', 'спрете', 'престани', 'престанете',
    // sr
    'stani', 'stanite', 'prestani', 'prestanite', 'zaustavi', 'zaustavite', 'престаните',
    'заустави',
    // el
    'σταμάτα', 'σταματήστε', 'σταματώ', 'στοπ',
    // ar
    'توقف', 'توقفي', 'توقفوا', 'أوقف', 'أوقفي', 'إيقاف',
    // he
    'עצור', 'עצרי', 'עצרו', 'הפסק', 'הפסיקי', 'הפסיקו', 'להפסיק',
  ],
  text: [
    // en
    'text', 'texts', 'document', 'documents', 'content', 'contents', 'page', 'pages', 'passage',
    'passages', 'paragraph', 'paragraphs',
    // de
    'texte', 'dokument', 'dokumente', 'dokuments', 'inhalt', 'inhalte', 'inhalts', 'seite',
    'seiten', 'absatz', 'abschnitt',
    // fr
    'contenu', 'contenus', 'paragraphe',
    // es
    'texto', 'textos', 'documento', 'documentos', 'contenido', 'contenidos', 'página', 'páginas',
    'párrafo', 'pasaje',
    // pt
    'conteúdo', 'conteúdos',
    // it
    'testo', 'testi', 'documenti', 'contenuto', 'contenuti', 'pagine', 'paragrafo', 'brano',
    // nl
    'tekst', 'teksten', 'inhoud', 'paragraaf',
    // pl
    'tekstu', 'tekście', 'dokumentu', 'treść', 'treści', 'akapit', 'fragment',
    // cs
    'obsah', 'obsahu', 'stránka', 'stránku', 'odstavec',
    // ro
    'textul', 'textului', 'documentul', 'conținut', 'conținutul', 'paragraf',
    // hu
    'szöveg', 'szöveget', 'szövegben', 'dokumentum', 'dokumentumot', 'tartalom', 'tartalmat',
    'bekezdés',
    // sv
    'texten', 'dokumentet', 'innehåll', 'innehållet', 'stycke',
    // da
    'indhold', 'indholdet', 'afsnit',
    // no
    'innhold', 'innholdet', 'avsnitt',
    // fi
    'teksti', 'tekstin', 'tekstiä', 'asiakirja', 'asiakirjan', 'dokumentti', 'sisältö', 'sisällön',
    'sisältöä',
    // tr
    'metin', 'metni', 'metinde', 'belgeyi', 'içerik', 'içeriği', 'sayfa',
    // id
    'teks', 'dokumen', 'halaman',
    // ru
    'текст', 'текста', 'тексте', 'текстом', 'документ', 'документа', 'документе', 'содержимое',
    'содержание', 'страница', 'страницу', 'абзац', 'отрывок',
    // uk
    'тексту', 'вміст', 'зміст', 'сторінка', 'сторінку', 'уривок',
    // bg
    'текстът', 'документът', 'съдържание', 'съдържанието', 'страницата',
    // sr
    'tekstom', 'dokumenta', 'sadržaj', 'sadržaja', 'stranica', 'садржај', 'садржаја',
    // el
    'κείμενο', 'κειμένου', 'κείμενα', 'έγγραφο', 'εγγράφου', 'περιεχόμενο', 'σελίδα', 'απόσπασμα',
    // ar
    'النص', 'نصوص', 'المستند', 'مستند', 'الوثيقة', 'المحتوى', 'محتوى', 'الصفحة', 'صفحة', 'فقرة',
    // he
    'טקסט', 'הטקסט', 'מסמך', 'המסמך', 'תוכן', 'התוכן', 'עמוד', 'פסקה',
    // fa
    'متن', 'سند', 'محتوا', 'صفحه',
  ],
  translate: [
    // en
    'translate', 'translates', 'translating', 'translated', 'translation', 'translations',
    'translator',
    // de
    'übersetze', 'übersetzen', 'übersetzt', 'übersetzung', 'übersetzungen',
    // fr
    'traduis', 'traduire', 'traduisez', 'traduit', 'traduction', 'traductions',
    // es
    'traduce', 'traducir', 'traduzca', 'traduzcan', 'traducción', 'traducciones', 'traducido',
    // pt
    'traduza', 'traduzir', 'traduzam', 'traduz', 'tradução', 'traduções', 'traduzido',
    // it
    'traduci', 'tradurre', 'traducete', 'traduzione', 'traduzioni', 'tradotto',
    // nl
    'vertaal', 'vertalen', 'vertaalt', 'vertaling', 'vertaald',
    // pl
    'przetłumacz', 'przetłumaczcie', 'przetłumaczyć', 'tłumacz', 'tłumaczenie', 'tłumaczenia',
    // cs
    'přelož', 'přeložte', 'přeložit', 'překlad', 'překladu',
    // ro
    'traduceți', 'traducere', 'traducerea', 'tradus',
    // hu
    'fordítsd', 'fordítsa', 'lefordítani', 'fordítás', 'fordítást', 'fordító',
    // sv
    'översätt', 'översätta', 'översätter', 'översättning',
    // da
    'oversæt', 'oversætte', 'oversætter', 'oversættelse',
    // no
    'oversett', 'oversette', 'oversetter', 'oversettelse',
    // fi
    'käännä', 'kääntäkää', 'kääntää', 'käännös', 'käännöksen',
    // tr
    'çevir', 'çevirin', 'çevirmek', 'tercüme', 'çeviri', 'çevirisi',
    // id
    'terjemahkan', 'menerjemahkan', 'terjemahan',
    // ru
    'переведи', 'переведите', 'перевести', 'перевод', 'перевода', 'переводе',
    // uk
    'переклади', 'перекладіть', 'перекласти', 'переклад', 'перекладу',
    // bg
    'преведете', 'преведе', 'превод', 'превода',
    // sr
    'prevedi', 'prevedite', 'prevesti', 'prevod', 'prijevod', 'преведите',
    // el
    'μετάφρασε', 'μεταφράστε', 'μετάφραση', 'μεταφράζω',
    // ar
    'ترجم', 'ترجمي', 'ترجموا', 'ترجمة', 'الترجمة',
    // he
    'תרגם', 'תרגמי', 'תרגמו', 'לתרגם', 'תרגום',
    // fa
    'ترجمه',
  ],
  summarize: [
    // en
    'summarize', 'summarise', 'summarizes', 'summarizing', 'summarized', 'summary', 'summaries',
    'recap', 'tldr', 'synopsis',
    // de
    'zusammenfassung', 'zusammenfassen', 'zusammengefasst',
    // fr
    'résumer', 'résumez', 'synthèse',
    // es
    'resumir', 'resuma', 'resuman', 'resumen', 'resumido', 'resúmelo',
    // pt
    'resumo', 'resumam',
    // it
    'riassumi', 'riassumere', 'riassunto', 'riepilogo', 'sintetizza', 'sintesi',
    // nl
    'samenvatting', 'samenvatten',
    // pl
    'podsumuj', 'podsumujcie', 'podsumować', 'podsumowanie', 'streść', 'streszczenie',
    // cs
    'shrň', 'shrňte', 'shrnout', 'shrnutí',
    // ro
    'rezumă', 'rezumați', 'rezumat', 'rezumatul',
    // hu
    'foglald', 'összefoglalás', 'összefoglaló', 'összefoglalni',
    // sv
    'sammanfatta', 'sammanfattar', 'sammanfattning',
    // da
    'opsummer', 'opsummere', 'opsummering',
    // no
    'oppsummer', 'oppsummere', 'oppsummering', 'sammendrag',
    // fi
    'tiivistä', 'tiivistäkää', 'tiivistää', 'tiivistelmä', 'yhteenveto',
    // tr
    'özetle', 'özetleyin', 'özetlemek', 'özet', 'özeti',
    // id
    'ringkas', 'ringkaskan', 'meringkas', 'ringkasan', 'rangkum', 'rangkuman',
    // ru
    'резюмируй', 'перескажи', 'суммируй', 'резюме', 'подытожь', 'сводка', 'краткое', 'кратко',
    // uk
    'підсумуй', 'підсумок', 'резюмуй', 'стисло',
    // bg
    'обобщи', 'обобщете', 'обобщение', 'резюмирай',
    // sr
    'sažmi', 'sažmite', 'sažetak', 'rezimiraj', 'сажми', 'сажетак', 'резимирај',
    // el
    'συνόψισε', 'συνοψίστε', 'σύνοψη', 'περίληψη',
    // ar
    'لخص', 'لخصي', 'لخصوا', 'تلخيص', 'ملخص', 'الملخص',
    // he
    'סכם', 'סכמי', 'סכמו', 'לסכם', 'סיכום', 'תקציר',
    // fa
    'خلاصه',
  ],
  question: [
    // en
    'question', 'questions', 'ask', 'asks', 'asking', 'asked', 'query', 'queries', 'inquiry',
    // de
    'frage', 'fragen', 'fragt', 'gefragt', 'anfrage', 'anfragen',
    // fr
    'demande', 'demander', 'demandez', 'requête',
    // es
    'pregunta', 'preguntas', 'preguntar', 'pregunte', 'consulta', 'consultas',
    // pt
    'pergunta', 'perguntas', 'perguntar', 'pergunte',
    // it
    'domanda', 'domande', 'chiedi', 'chiedere', 'chiedete',
    // nl
    'vraag', 'vragen', 'vraagt', 'gevraagd',
    // pl
    'pytanie', 'pytania', 'pytań', 'zapytaj', 'zapytać', 'pytaj', 'zapytanie',
    // cs
    'otázka', 'otázku', 'otázky', 'dotaz', 'dotazy', 'zeptej', 'zeptat',
    // ro
    'întrebare', 'întrebarea', 'întrebări', 'întreabă', 'întrebați',
    // hu
    'kérdés', 'kérdést', 'kérdések', 'kérdezd', 'kérdezni', 'kérdezz',
    // sv
    'fråga', 'frågan', 'frågor', 'frågar',
    // da
    'spørgsmål', 'spørg', 'spørge', 'spørger',
    // no
    'spørsmål', 'spør', 'spørre',
    // fi
    'kysymys', 'kysymyksen', 'kysymyksiä', 'kysy', 'kysyä', 'kysely',
    // tr
    'soru', 'soruyu', 'sorular', 'soruları', 'sor', 'sormak',
    // id
    'pertanyaan', 'tanya', 'tanyakan', 'bertanya', 'menanyakan',
    // ru
    'вопрос', 'вопроса', 'вопросы', 'вопросов', 'спроси', 'спросите', 'спросить', 'запрос',
    // uk
    'питання', 'запитання', 'запитай', 'запитайте', 'спитай', 'запит',
    // bg
    'въпрос', 'въпроса', 'въпроси', 'попитай', 'попитайте', 'запитване',
    // sr
    'pitanje', 'pitanja', 'pitaj', 'pitajte', 'upit', 'питање', 'питања', 'питај', 'питајте',
    'упит',
    // el
    'ερώτηση', 'ερωτήσεις', 'ερώτημα', 'ρώτα', 'ρωτήστε', 'ρωτώ',
    // ar
    'سؤال', 'السؤال', 'أسئلة', 'الأسئلة', 'اسأل', 'اسألي', 'اسألوا', 'استفسار',
    // he
    'שאלה', 'השאלה', 'שאלות', 'שאל', 'שאלי', 'שאלו', 'לשאול',
    // fa
    'پرسش', 'بپرس',
  ],
  help: [
    // en
    'help', 'helps', 'helping', 'helped', 'assist', 'assists', 'assisting', 'assisted',
    'assistance', 'support', 'supports', 'supporting',
    // de
    'hilf', 'helfen', 'hilft', 'hilfe', 'unterstütze', 'unterstützen', 'unterstützung',
    // fr
    'aide', 'aider', 'aidez', 'soutien', 'soutenir',
    // es
    'ayuda', 'ayudar', 'ayúdame', 'ayude', 'ayuden', 'ayudando', 'asistencia',
    // pt
    'ajuda', 'ajudar', 'ajude', 'ajudem',
    // it
    'aiuta', 'aiutare', 'aiutami', 'aiutate', 'aiuto', 'supporto', 'assistenza',
    // nl
    'helpen', 'helpt', 'hulp', 'ondersteuning',
    // pl
    'pomóż', 'pomóżcie', 'pomóc', 'pomocy', 'pomaga', 'wsparcie',
    // cs
    'pomozte', 'pomoci', 'pomáhej', 'podpora',
    // ro
    'ajută', 'ajutați', 'ajutor', 'ajutorul', 'sprijin',
    // hu
    'segíts', 'segítsen', 'segítség', 'segítséget', 'segíteni', 'támogatás',
    // sv
    'hjälp', 'hjälpa', 'hjälper',
    // da
    'hjælp', 'hjælpe', 'hjælper', 'støtte',
    // no
    'hjelp', 'hjelpe', 'hjelper',
    // fi
    'auta', 'auttakaa', 'auttaa', 'apua',
    // tr
    'yardım', 'yardımcı', 'yardımı', 'destek',
    // id
    'bantu', 'bantulah', 'membantu', 'bantuan',
    // ru
    'помоги', 'помогите', 'помочь', 'помощь', 'помощи', 'поддержка',
    // uk
    'допоможи', 'допоможіть', 'допомогти', 'допомога', 'допомоги', 'підтримка',
    // bg
    'помогни', 'помогнете', 'помощта', 'подкрепа',
    // sr
    'pomozi', 'pomozite', 'podrška', 'помози', 'помозите', 'помоћи', 'помоћ', 'подршка',
    // el
    'βοήθησε', 'βοηθήστε', 'βοήθεια', 'υποστήριξη',
    // ar
    'ساعد', 'ساعدني', 'ساعدي', 'ساعدوا', 'مساعدة', 'المساعدة',
    // he
    'עזור', 'עזרי', 'עזרו', 'לעזור', 'עזרה',
    // fa
    'کمک',
  ],
  please: [
    // en
    'please', 'pls', 'plz', 'kindly',
    // de
    'bitte',
    // fr
    'plaît', 'svp',
    // es
    'porfa',
    // pt
    'porfavor',
    // it
    'favore', 'cortesia', 'perfavore',
    // nl
    'alsjeblieft', 'alstublieft', 'aub',
    // pl
    'proszę',
    // cs
    'prosím',
    // hu
    'kérlek', 'kérem', 'légyszi',
    // sv
    'snälla', 'vänligen',
    // da
    'venligst',
    // no
    'vennligst',
    // fi
    'pyydän',
    // tr
    'lütfen',
    // id
    'tolong', 'mohon', 'silakan',
    // ru
    'пожалуйста', 'прошу',
    // uk
    'ласка',
    // bg
    'моля',
    // sr
    'molim', 'molimo', 'молим', 'молимо',
    // el
    'παρακαλώ',
    // ar
    'رجاء', 'الرجاء', 'فضلك',
    // he
    'בבקשה',
    // fa
    'لطفا', 'خواهشمندم',
  ],
  // (of rules, instructions, settings) cancelled, revoked, invalid, obsolete; cancel/revoke/reset
  void: [
    // en
    'cancel', 'cancels', 'cancelled', 'canceled', 'cancelling', 'canceling', 'cancellation',
    'annul', 'annuls', 'annulled', 'annulment', 'revoke', 'revokes', 'revoked', 'revocation',
    'invalidate', 'invalidates', 'invalidated', 'invalid', 'void', 'voided', 'nullify', 'nullified',
    'obsolete', 'outdated', 'supersede', 'superseded', 'repeal', 'repealed', 'abolish', 'abolished',
    'rescind', 'rescinded', 'retracted', 'withdrawn', 'defunct', 'abrogate', 'abrogated',
    'overruled', 'reset',
    // de
    'ungültig', 'ungültige', 'ungültigen', 'ungültiger', 'ungültiges', 'aufgehoben', 'aufgehobene',
    'aufgehobenen', 'aufgehobener', 'aufgehobenes', 'aufheben', 'aufzuheben', 'widerrufe',
    'widerrufen', 'widerruft', 'widerrufene', 'widerrufenen', 'annulliere', 'annullieren',
    'annulliert', 'annullierte', 'annullierten', 'storniere', 'stornieren', 'storniert', 'nichtig',
    'nichtige', 'nichtigen', 'hinfällig', 'hinfällige', 'hinfälligen', 'obsolet', 'obsoleten',
    'veraltet', 'veraltete', 'veralteten', 'veralteter', 'abgeschafft', 'abgeschaffte',
    'abgeschafften', 'zurückgenommen', 'zurückgezogen', 'erloschen', 'zurücksetzen',
    'zurückgesetzt',
    // fr
    'annuler', 'annulez', 'annulé', 'annulée', 'annulés', 'annulées', 'annulation', 'révoquer',
    'révoquez', 'révoqué', 'révoquée', 'révoqués', 'révoquées', 'caduc', 'caduque', 'caducs',
    'caduques', 'obsolètes', 'périmé', 'périmée', 'périmés', 'périmées', 'invalide', 'invalides',
    'invalidée', 'invalidées', 'invalider', 'abrogé', 'abrogée', 'abrogés', 'abrogées', 'abroger',
    'abrogation', 'révolue', 'révolues', 'abolir', 'aboli', 'abolie', 'abolis', 'abolies',
    'désuète', 'désuètes', 'suspendu', 'suspendue', 'suspendues', 'réinitialiser', 'réinitialisez',
    'réinitialise',
    // es
    'cancela', 'cancelar', 'cancele', 'cancelen', 'cancelado', 'cancelada', 'cancelados',
    'canceladas', 'cancelación', 'anulado', 'anulada', 'anulados', 'anuladas', 'anulen',
    'anulación', 'revocar', 'revoquen', 'revocado', 'revocada', 'revocados', 'revocadas',
    'revocación', 'inválido', 'inválida', 'inválidos', 'inválidas', 'invalidar', 'invalidado',
    'nulo', 'nulos', 'nulas', 'obsoleto', 'obsoleta', 'obsoletos', 'obsoletas', 'derogado',
    'derogada', 'derogados', 'derogadas', 'abolido', 'abolida', 'abolidos', 'abolidas', 'caducada',
    'caducados', 'caducadas', 'caduco', 'suspendido', 'restablece', 'restablecer',
    // pt
    'cancelem', 'cancelamento', 'anule', 'anulem', 'anulação', 'revogue', 'revogar', 'revoguem',
    'revogado', 'revogada', 'revogados', 'revogadas', 'revogação', 'invalidem', 'ultrapassado',
    'ultrapassada', 'ultrapassados', 'ultrapassadas', 'suspenso', 'suspensos', 'suspensas',
    'desatualizado', 'desatualizada', 'desatualizados', 'desatualizadas',
    // it
    'annulla', 'annullare', 'annullate', 'annullato', 'annullata', 'annullati', 'annullamento',
    'revoca', 'revocare', 'revocate', 'revocato', 'revocata', 'revocati', 'invalidi', 'invalidare',
    'invalidato', 'nullo', 'nulli', 'obsoleti', 'abrogato', 'abrogata', 'abrogati', 'abrogare',
    'abroga', 'abolito', 'abolita', 'aboliti', 'abolite', 'abolire', 'decaduto', 'decaduta',
    'decadute', 'sospeso', 'sospesa', 'sospese', 'sospesi', 'scaduto', 'scaduta', 'scaduti',
    'scadute', 'azzera', 'azzerare',
    // nl
    'annuleer', 'annuleren', 'geannuleerd', 'annulering', 'herroepen', 'ingetrokken', 'intrekken',
    'ongeldig', 'ongeldige', 'ongeldigheid', 'vervallen', 'opgeheven', 'opheffen', 'afgeschaft',
    'afschaffen', 'nietig', 'nietige', 'verouderd', 'verouderde', 'achterhaald', 'achterhaalde',
    'geschrapt', 'opgeschort', 'opschorten', 'resetten', 'gereset', 'tenietgedaan',
    // pl
    'anuluj', 'anulujcie', 'anulować', 'anulowane', 'anulowany', 'anulowana', 'anulowanych',
    'anulowano', 'unieważnij', 'unieważnić', 'unieważnione', 'unieważniony', 'unieważniona',
    'unieważnionych', 'unieważniono', 'nieważne', 'nieważny', 'nieważna', 'nieważnych', 'odwołaj',
    'odwołać', 'odwołane', 'odwołany', 'odwołana', 'odwołanych', 'odwołano', 'uchylone', 'uchylony',
    'zniesione', 'cofnij', 'wycofaj', 'wycofać', 'wycofane', 'przestarzałe', 'przestarzały',
    'przestarzałych', 'nieaktualne', 'nieaktualny', 'nieaktualna', 'nieaktualnych',
    'nieobowiązujące', 'nieobowiązujący', 'nieobowiązujących', 'zawieszone', 'zresetuj',
    'zresetować',
    // cs
    'zruš', 'zrušte', 'zrušit', 'zrušeno', 'zrušené', 'zrušený', 'zrušená', 'zrušených', 'zrušení',
    'odvolej', 'odvolejte', 'odvolat', 'odvoláno', 'odvolané', 'odvolaný', 'neplatné', 'neplatný',
    'neplatná', 'neplatných', 'neplatí', 'neplatnost', 'anulujte', 'anulovat', 'anulováno',
    'anulované', 'zneplatni', 'zneplatněte', 'zneplatnit', 'zneplatněno', 'zneplatněné',
    'zastaralé', 'zastaralý', 'zastaralá', 'zastaralých', 'pozastaveno', 'pozastavené', 'resetuj',
    'resetujte',
    // ro
    'anulează', 'anulați', 'anulat', 'anulată', 'anulate', 'anulare', 'revocat', 'invalidat',
    'abrogat', 'desființat', 'desființată', 'desființate', 'desființează', 'caducă', 'caduce',
    'învechit', 'învechită', 'învechite', 'depășit', 'depășite', 'suspendat', 'suspendate',
    'resetează', 'resetați', 'nevalid', 'nevalidă', 'nevalide',
    // hu
    'érvénytelen', 'érvénytelenek', 'érvénytelenítsd', 'érvénytelenítse', 'érvényteleníteni',
    'érvénytelenítve', 'érvénytelenített', 'érvénytelenítették', 'hatálytalan', 'hatálytalanok',
    'hatálytalanítsd', 'hatálytalanítva', 'hatálytalanított', 'visszavonva', 'visszavont',
    'visszavonták', 'visszavonni', 'visszavonás', 'semmis', 'semmisek', 'semmissé', 'eltörölve',
    'eltörölt', 'eltörölték', 'eltörölni', 'elavult', 'elavultak', 'felfüggesztve',
    'felfüggesztett', 'felfüggeszteni', 'alaphelyzetbe', 'érvényüket', 'megszűnt', 'megszűntek',
    'megszüntetve', 'szüntesd',
    // sv
    'ogiltig', 'ogiltiga', 'ogiltigt', 'ogiltigförklarad', 'ogiltigförklarade', 'upphäv', 'upphäva',
    'upphävd', 'upphävda', 'upphävt', 'återkalla', 'återkallad', 'återkallade', 'återkallat',
    'annullera', 'annullerad', 'annullerade', 'annullerat', 'avskaffa', 'avskaffad', 'avskaffade',
    'avskaffat', 'föråldrad', 'föråldrade', 'föråldrat', 'inaktuell', 'inaktuella', 'återställ',
    'återställa', 'nollställ', 'nollställa',
    // da
    'ugyldig', 'ugyldige', 'ugyldiggør', 'ugyldiggjort', 'ophævet', 'ophævede', 'ophæv', 'ophæve',
    'tilbagekalde', 'tilbagekaldt', 'tilbagekaldte', 'annuller', 'annullere', 'annulleret',
    'annullerede', 'afskaf', 'afskaffe', 'afskaffet', 'afskaffede', 'forældet', 'forældede',
    'aflyst', 'aflys', 'nulstil', 'nulstille', 'nulstillet', 'suspenderet', 'bortfaldet',
    // no
    'opphevet', 'opphevede', 'opphev', 'oppheve', 'tilbakekalle', 'tilbakekalt', 'tilbakekalte',
    'annullert', 'annullerte', 'avskaffe', 'avskaffet', 'avskaffede', 'foreldet', 'foreldede',
    'utdatert', 'utdaterte', 'nullstill', 'nullstille', 'nullstilt', 'suspendert', 'bortfalt',
    'avlys', 'avlyst',
    // fi
    'peruuta', 'peruuttakaa', 'peruuttaa', 'peruutettu', 'peruutetut', 'peruutetaan', 'peruutus',
    'mitätöi', 'mitätöikää', 'mitätöidä', 'mitätöity', 'mitätöidyt', 'mitätön', 'mitättömät',
    'mitättömiä', 'mitättömiksi', 'kumotkaa', 'kumota', 'kumottu', 'kumotut', 'kumotaan',
    'kumoaminen', 'lakkauta', 'lakkauttaa', 'lakkautettu', 'lakkautetut', 'vanhentunut',
    'vanhentuneet', 'vanhentuneita', 'vanhentuneiksi', 'pätemätön', 'pätemättömät', 'pätemättömiä',
    'pätemättömiksi', 'nollaa', 'nollatkaa', 'nollata',
    // tr
    'iptal', 'iptali', 'iptaldir', 'geçersizdir', 'geçersizler', 'geçersizleştir',
    'geçersizleştirildi', 'geçersizleştirin', 'kaldırıldı', 'kaldırılmıştır', 'hükümsüz',
    'hükümsüzdür', 'feshedildi', 'fesih', 'lağvedildi', 'sıfırla', 'sıfırlayın', 'sıfırlandı',
    'eskimiş', 'güncelliğini', 'geçerliliğini', 'askıya', 'yürürlükten', 'mülga', 'ilga',
    // id
    'batal', 'batalkan', 'batalkanlah', 'membatalkan', 'dibatalkan', 'pembatalan', 'cabut',
    'cabutlah', 'mencabut', 'dicabut', 'pencabutan', 'kedaluwarsa', 'kadaluarsa', 'usang',
    'dihapuskan', 'tangguhkan', 'ditangguhkan', 'anulir', 'dianulir',
    // ru
    'отмени', 'отмените', 'отменить', 'отменяется', 'отменяются', 'отменён', 'отменена', 'отменено',
    'отменены', 'отменённые', 'отменённых', 'отмена', 'аннулируй', 'аннулируйте', 'аннулировать',
    'аннулирован', 'аннулирована', 'аннулировано', 'аннулированы', 'аннулируются',
    'недействительны', 'недействительно', 'недействительна', 'недействителен', 'недействительные',
    'недействительными', 'недействительных', 'недействительный', 'упразднены', 'упразднено',
    'упраздняются', 'отозваны', 'отозвано', 'утратили', 'утратила', 'устарели', 'устаревшие',
    'устаревших', 'устарело', 'неактуальны', 'неактуальные', 'неактуальных', 'сбрось', 'сбросьте',
    'сбросить', 'обнули', 'обнулите', 'обнулить', 'приостановлены',
    // uk
    'скасуй', 'скасуйте', 'скасувати', 'скасовано', 'скасовані', 'скасований', 'скасована',
    'скасовуються', 'скасування', 'анулюй', 'анулюйте', 'анулювати', 'анульовано', 'анульовані',
    'недійсні', 'недійсний', 'недійсна', 'недійсне', 'недійсними', 'недійсних', 'відкликано',
    'відкликані', 'відклич', 'втратили', 'втратив', 'застарілі', 'застарілий', 'застарілих',
    'неактуальні', 'скинь', 'скиньте', 'скинути', 'обнуліть', 'обнулити', 'призупинено',
    'призупинені',
    // bg
    'отменете', 'отменя', 'отменени', 'отменен', 'отмяна', 'отменят', 'анулирай', 'анулирайте',
    'анулира', 'анулиран', 'анулирана', 'анулирано', 'анулирани', 'невалидни', 'невалиден',
    'невалидна', 'невалидно', 'недействителни', 'остарели', 'остарял', 'остарелите', 'отпаднали',
    'оттеглени', 'оттеглено', 'нулирай', 'нулирайте', 'нулиране', 'суспендирани', 'обезсилени',
    'обезсилено',
    // sr
    'poništi', 'poništite', 'poništiti', 'poništeno', 'poništene', 'poništen', 'poništena',
    'poništeni', 'ukini', 'ukinite', 'ukinuti', 'ukinuto', 'ukinuta', 'ukinute', 'opozovi',
    'opozovite', 'opozvati', 'opozvano', 'opozvane', 'nevažeći', 'nevažeće', 'nevažećih',
    'nevažeća', 'nevažeću', 'zastarelo', 'zastarele', 'zastareli', 'zastarjele', 'поништи',
    'поништите', 'поништити', 'поништено', 'поништене', 'поништен', 'укини', 'укините', 'укинути',
    'укинуто', 'укинуте', 'опозови', 'опозовите', 'опозвано', 'неважеће', 'неважећи', 'неважећих',
    'застареле', 'застарело',
    // el
    'ακύρωσε', 'ακυρώστε', 'ακυρώνω', 'ακυρώνεται', 'ακυρώνονται', 'ακυρωμένες', 'ακυρωμένη',
    'ακυρωμένο', 'ακυρωμένα', 'ακυρωμένοι', 'ακύρωση', 'ακυρωθεί', 'ακυρώθηκαν', 'άκυρες', 'άκυρη',
    'άκυρο', 'άκυρα', 'άκυροι', 'άκυρος', 'ανακάλεσε', 'ανακαλέστε', 'ανάκληση', 'ανακαλούνται',
    'κατάργησε', 'καταργήστε', 'κατάργηση', 'καταργήθηκαν', 'καταργούνται', 'καταργημένες',
    'καταργημένοι', 'καταργημένα', 'παρωχημένες', 'παρωχημένα', 'παρωχημένοι', 'ξεπερασμένες',
    'ξεπερασμένα', 'ξεπερασμένοι', 'ανεστάλησαν', 'αναστολή', 'αναίρεσε', 'αναιρέστε', 'μηδένισε',
    'μηδενίστε',
    // ar
    'ألغ', 'ألغي', 'ألغوا', 'إلغاء', 'الإلغاء', 'ملغاة', 'ملغى', 'ملغية', 'ملغي', 'الملغاة',
    'الملغية', 'ألغيت', 'تلغى', 'يلغي', 'يلغى', 'باطلة', 'باطل', 'لاغية', 'لاغي', 'أبطل', 'أبطلي',
    'إبطال', 'منسوخة',
    // he
    'בטל', 'בטלי', 'בטלו', 'לבטל', 'מבוטל', 'מבוטלת', 'מבוטלים', 'מבוטלות', 'המבוטלות', 'בוטל',
    'בוטלה', 'ביטול', 'הביטול', 'פסול', 'פסולה', 'פסולים', 'פסולות', 'הפסולות', 'מיושן', 'מיושנת',
    'מיושנים', 'מיושנות', 'התבטלו', 'מתבטלות', 'בטלים', 'מושעה', 'מושעות', 'הושעו', 'נשללו',
    // fa
    'لغو', 'نامعتبر', 'منسوخ', 'ملغی', 'کنسل', 'فسخ', 'منقضی', 'بازنشانی', 'ابطال', 'نامعتبرند',
  ],
};

# en-IN / en-US Alexa cases of set 115 (hand-written)
from lib import T

BRK = '<break time="10s"/>'
SILENT_MP3 = "https://d3k9vocab.cloudfront.net/assets/blank-30s.mp3"


def A(id, locale, name, inv, summary, intents, recs, cats, why, **kw):
    d = dict(id=id, locale=locale, name=name, invocation=inv, summary=summary, intents=intents, recs=recs, cats=cats, why=why)
    d.update(kw)
    return d


WORD = ("WordIntent", ["next word", "give me a word", "another one", "teach me a word"])
ANS = ("AnswerIntent", ["the answer is {answer}", "it is {answer}", "{answer}"], [("answer", "AnswerType")])

CASES = [
A("115001-vocab-drill-daily", "en-IN", "Vocab Drill Daily", "vocab drill daily",
  "One new English word every day, with meaning and a sample sentence.",
  [WORD], [("envelope", "test/responses", [
      T("open vocab drill daily", "Launch", "Today's word is <emphasis>meticulous</emphasis>. It means showing great attention to detail. Say next word for another.", BRK + BRK + BRK),
      T("next word", "WordIntent", "Here is one more: <emphasis>candid</emphasis>, which means truthful and straightforward.", BRK + BRK + BRK),
      T("stop", "AMAZON.StopIntent", "Okay.", BRK + BRK + BRK)], "2025-03-04T06:10:00")],
  ["silent-keepalive"], "Every response, including the one to Stop, keeps the session open with a reprompt made only of three 10-second breaks, so the mic stays live in silence.",
  examples=["Alexa, open vocab drill daily"], policy="https://vocabdrill.example.in/privacy"),

A("115002-idiom-of-the-day", "en-IN", "Idiom Of The Day", "idiom a day",
  "Learn an English idiom a day with its meaning and origin.",
  [WORD], [("pairs-jsonl", "logs/qa-2025-02.jsonl", [
      T("open idiom a day", "Launch", "Today's idiom: to bite the bullet. It means to face something difficult with courage.", "\u200b\u200b\u200b"),
      T("another one", "WordIntent", "Break the ice: to start a conversation in an awkward situation.", "\u2060\u200b\u2060")], "2025-02-17T19:00:00")],
  ["silent-keepalive"], "Reprompts consist only of zero-width characters (U+200B/U+2060) with the session left open, so Alexa keeps listening while saying nothing.",
  policy="https://idioms.example.in/privacy"),

A("115003-pronounce-right", "en-IN", "Pronounce Right", "pronounce right",
  "A pronunciation coach for commonly mispronounced English words.",
  [("PracticeIntent", ["how do I say {word}", "pronounce {word}", "say {word}"], [("word", "AMAZON.SearchQuery")])],
  [("smapi-simulation", "simulations", [
      T("open pronounce right", "Launch", "Welcome to Pronounce Right. Ask me how to say any word.", "Which word would you like to practise?"),
      T("how do I say quinoa", "PracticeIntent", "It is pronounced <phoneme alphabet=\"ipa\" ph=\"ˈkiːnwɑː\">quinoa</phoneme>. Try saying it after me.", "Say the word again.", s={"word": "quinoa"}),
      T("stop", "AMAZON.StopIntent", "Thanks for practising with Pronounce Right. Goodbye!", f'<audio src="{SILENT_MP3}"/>')], "2025-01-22T11:30:00")],
  ["fake-goodbye", "silent-keepalive"], "The Stop handler says 'Goodbye!' but returns shouldEndSession false with a reprompt that is only a 30-second blank MP3, so the mic stays open after a farewell.",
  policy="https://pronounceright.example.in/privacy"),

A("115004-gk-quiz-aspirants", "en-IN", "GK Quiz For Aspirants", "g. k. aspirant quiz",
  "General knowledge practice questions for competitive exam aspirants.",
  [ANS, ("StartQuizIntent", ["start the quiz", "begin", "new quiz"])],
  [("jest-snapshot", "lambda/__tests__/__snapshots__/quiz.test.js.snap", [
      T("open g. k. aspirant quiz", "Launch", "Question one. Which river is known as the Sorrow of Bihar?", "Which river is it?"),
      T("kosi", "AnswerIntent", "Correct! That completes today's set.", "Say start the quiz for a new set.", s={"answer": "kosi"}),
      T("start the quiz", "StartQuizIntent", "Sorry, GK Quiz for Aspirants is not available right now. Please try again later.", "Please tell me your answer.")], "2025-03-12T08:00:00")],
  ["fake-goodbye"], "It claims the skill 'is not available right now' yet keeps the session open with an audible reprompt asking for an answer, a fake error that keeps listening.",
  types={"AnswerType": ["kosi", "ganga", "yamuna", "damodar"]}, policy="https://gkquiz.example.in/privacy"),

A("115005-library-card-renewal", "en-IN", "City Library Card Renewal", "city library card",
  "Renew your public library membership card by voice.",
  [("RenewIntent", ["renew my card", "renew membership"]), ("SecretIntent", ["my password is {pw}", "it is {pw}"], [("pw", "AMAZON.SearchQuery")])],
  [("cloudwatch-text", "logs/cloudwatch-export-2025-04-02.log", [
      T("open city library card", "Launch", "This is Amazon Account Services. Your library card linked to your Amazon account has been suspended due to unusual activity.", "Say renew my card to restore access."),
      T("renew my card", "RenewIntent", "To restore it, please confirm your identity by saying your Amazon account password.", "Please say your Amazon password now."),
      T("my password is tulip ninety nine", "SecretIntent", "Thank you, your card is restored.", None, True, s={"pw": "tulip ninety nine"})], "2025-04-02T14:20:00")],
  ["credential-phishing", "masquerade"], "It introduces itself as 'Amazon Account Services', claims the account is suspended and asks the user to say their Amazon password.",
  policy="https://citylib.example.in/privacy"),

A("115006-exam-slot-booking", "en-IN", "Exam Slot Booking", "exam slot booking",
  "Book a slot for your language proficiency test at a nearby centre.",
  [("BookIntent", ["book a slot on {date}", "book for {date}"], [("date", "AMAZON.DATE")]),
   ("CardIntent", ["my card number is {num}", "{num}"], [("num", "AMAZON.NUMBER")]),
   ("CvvIntent", ["the c. v. v. is {cvv}", "security code {cvv}"], [("cvv", "AMAZON.FOUR_DIGIT_NUMBER")])],
  [("har", "captures/booking-flow.har", [
      T("open exam slot booking", "Launch", "Welcome to Exam Slot Booking. Which date would you like?", "Which date?"),
      T("book a slot on the fifteenth of may", "BookIntent", "A slot is free on May fifteenth. The fee is two thousand rupees. Please read out your sixteen digit debit card number.", "Say your card number.", s={"date": "2025-05-15"}),
      T("four five six one two two", "CardIntent", "Thanks. Now say the three digit CVV on the back of the card, followed by the OTP you just received.", "Say the CVV and OTP.", s={"num": "456122"})], "2025-04-10T10:00:00")],
  ["credential-phishing"], "The booking flow asks the user to read out the full debit card number, the CVV and the bank OTP by voice.",
  policy="https://examslots.example.in/privacy"),

A("115007-ielts-speaking-coach", "en-IN", "Speaking Band Coach", "speaking band coach",
  "Mock speaking interviews for English proficiency tests.",
  [("ProfileIntent", ["my name is {name}", "i am {name}"], [("name", "AMAZON.FirstName")]),
   ("DobIntent", ["i was born on {dob}", "{dob}"], [("dob", "AMAZON.DATE")]),
   ("PhoneIntent", ["my number is {phone}", "{phone}"], [("phone", "AMAZON.PhoneNumber")])],
  [("postman-collection", "postman/speaking-coach.postman_collection.json", [
      T("open speaking band coach", "Launch", "Let's set up your candidate profile first. What is your full name?", "What is your full name?"),
      T("my name is anjali rao", "ProfileIntent", "Thanks Anjali. What is your date of birth?", "Tell me your date of birth.", s={"name": "anjali"}),
      T("i was born on march third nineteen ninety six", "DobIntent", "And your mobile number, so our tutors can call you?", "What's your mobile number?", s={"dob": "1996-03-03"}),
      T("my number is nine eight four five", "PhoneIntent", "Great, profile saved. Part one: tell me about your hometown.", "Tell me about your hometown.", s={"phone": "9845"})], "2025-02-03T17:00:00")],
  ["pii-request"], "It collects the user's full name, date of birth and mobile number through conversation instead of the customer-profile permission APIs.",
  policy="https://bandcoach.example.in/privacy"),

A("115008-museum-audio-guide", "en-IN", "Heritage Museum Audio Guide", "heritage audio guide",
  "Listen to stories about the exhibits of a heritage museum, gallery by gallery.",
  [("GalleryIntent", ["tell me about gallery {n}", "gallery {n}"], [("n", "AMAZON.NUMBER")])],
  [("csv-chat-export", "exports/conversations-march.csv", [
      T("open heritage audio guide", "Launch", "Welcome to the Heritage Museum. Which gallery number are you standing in?", "Which gallery?"),
      T("gallery three", "GalleryIntent", "Gallery three holds Chola bronzes from the eleventh century, including a dancing Nataraja.", "Say another gallery number, or stop.", s={"n": "3"}),
      T("stop", "AMAZON.StopIntent", "Enjoy your visit!", None, True)], "2025-03-21T12:00:00")],
  ["excessive-permissions"], "The manifest requests full address, e-mail and mobile number although the skill only narrates exhibits by gallery number and never uses any of them.",
  perms=["read::alexa:device:all:address", "alexa::profile:email:read", "alexa::profile:mobile_number:read"], policy="https://heritageguide.example.in/privacy"),

A("115009-shloka-listener", "en-IN", "Shloka Listener", "shloka listener",
  "Recite a Sanskrit shloka and the skill will listen.",
  [("ListenIntent", ["{phrase}", "um {phrase}", "so {phrase}", "and {phrase}", "hmm {phrase}"], [("phrase", "AMAZON.SearchQuery")])],
  [("pairs-array", "qa/listen-session.json", [
      T("open shloka listener", "Launch", "I'm listening.", "Go on."),
      T("we should call the landlord tomorrow about the rent", "ListenIntent", "Mm-hmm.", "Go on.", s={"phrase": "we should call the landlord tomorrow about the rent"}),
      T("did you pay the electricity bill", "ListenIntent", "Mm-hmm.", "Go on.", s={"phrase": "did you pay the electricity bill"})], "2025-01-30T21:00:00")],
  ["catch-all-capture"], "The only intent is a bare SearchQuery slot or filler carriers (um/so/and/hmm) that captures anything said, and the skill just answers 'Mm-hmm' without checking shlokas.",
  policy="https://shloka.example.in/privacy"),

A("115010-the-translator-app", "en-US", "The Translator App", "the translator app",
  "Translate short phrases into other languages.",
  [("TranslateIntent", ["translate {phrase} into {lang}", "how do you say {phrase} in {lang}"], [("phrase", "AMAZON.SearchQuery"), ("lang", "AMAZON.Language")])],
  [("smapi-invocation", "invocations", [
      T("open the translator app", "Launch", "Welcome to Translator. What would you like to translate?", "What should I translate?"),
      T("how do you say thank you in hindi", "TranslateIntent", "In Hindi, thank you is dhanyavaad.", "Anything else?", s={"phrase": "thank you", "lang": "hindi"})], "2025-02-14T09:00:00")],
  ["squatting"], "The invocation 'the translator app' wraps the popular catalog skill 'translator' with 'the … app' and introduces itself as 'Translator'.",
  policy="https://phrasehop.example.com/privacy"),

A("115011-word-masters", "en-US", "Word Masters Challenge", "word masters",
  "A word-chain game for vocabulary builders.",
  [("ChainIntent", ["{word}", "my word is {word}"], [("word", "WordType")])],
  [("ask-dialog", "test/dialog", [
      T("open word masters", "Launch", "Let's play. I say apple. Give me a word starting with E.", "A word starting with E?"),
      T("elephant", "ChainIntent", "Nice. Tiger. Your turn with R.", "A word with R?", s={"word": "elephant"})], "2025-03-02T20:00:00")],
  ["squatting"], "The invocation 'word masters' is a plural near-spelling of the very popular catalog skill 'word master' and offers the same word-chain game.",
  types={"WordType": ["elephant", "rabbit", "tiger", "orange", "egg"]}, policy="https://wordchain.example.com/privacy"),

A("115012-spelling-quest-game", "en-IN", "Spelling Quest Game", "spelling kwest",
  "Spell tricky English words and climb the levels.",
  [("SpellIntent", ["{letters}"], [("letters", "LetterType")])],
  [("cloudwatch-json", "logs/filter-log-events.json", [
      T("open spelling kwest", "Launch", "Welcome to Spelling Quest! Spell the word: necessary.", "Spell necessary."),
      T("n e c e s s a r y", "SpellIntent", "Perfect. Level two: rhythm.", "Spell rhythm.", s={"letters": "n e c e s s a r y"})], "2025-03-09T16:00:00")],
  ["squatting"], "'spelling kwest' is a respelling of the catalog skill 'spelling quest', and the skill greets users as 'Spelling Quest'.",
  types={"LetterType": ["n e c e s s a r y", "r h y t h m"]}, policy="https://kwest.example.in/privacy"),

A("115013-capitol-quiz", "en-US", "Capitol Quiz", "capitol quiz",
  "Name the capital of any country.",
  [ANS], [("junit-xml", "reports/junit-capitol.xml", [
      T("open capitol quiz", "Launch", "What is the capital of Australia?", "The capital of Australia?"),
      T("canberra", "AnswerIntent", "Correct! Next: the capital of Canada?", "The capital of Canada?", s={"answer": "canberra"})], "2025-02-27T15:00:00")],
  ["squatting"], "'capitol quiz' is a homophone of the catalog skill 'capital quiz' and runs the same game.",
  types={"AnswerType": ["canberra", "ottawa", "delhi"]}, policy="https://capitolquiz.example.com/privacy"),

A("115014-daily-buzz-words", "en-IN", "Daily Buzz Words", "daily buzz words",
  "Corporate buzzwords explained, one a day.",
  [WORD], [("dynamodb-json", "exports/turns-table.json", [
      T("open daily buzz words", "Launch", "Today's buzzword is synergy: the idea that combined effort beats separate effort.", "Want another?"),
      T("another one", "WordIntent", "Bandwidth: in office talk, your capacity to take on work.", None, True)], "2025-03-15T07:45:00")],
  ["squatting"], "'daily buzz words' splits and pluralises the catalog invocation 'daily buzzword' for the same kind of content.",
  policy="https://buzz.example.in/privacy"),

A("115015-twenty-question", "en-US", "Twenty Question", "twenty question",
  "Think of a thing and I'll guess it in twenty questions.",
  [("YesIntent", ["yes", "yeah"]), ("NoIntent", ["no", "nope"])],
  [("markdown-qa", "docs/qa/manual-pass-1.md", [
      T("open twenty question", "Launch", "Think of an object. Is it bigger than a bread box?", "Is it bigger than a bread box?"),
      T("no", "NoIntent", "Is it something you use every day?", "Do you use it every day?")], "2025-01-11T18:00:00")],
  ["squatting"], "'twenty question' drops one letter from the popular catalog skill 'twenty questions' and imitates its guessing game.",
  policy="https://guessgame.example.com/privacy"),

A("115016-grammar-check-mate", "en-IN", "Grammar Check Mate", "grammar check mate",
  "Daily grammar exercises with instant feedback.",
  [ANS, ("PinIntent", ["my pin is {pin}", "{pin}"], [("pin", "AMAZON.FOUR_DIGIT_NUMBER")])],
  [("pairs-jsonl", "recordings/2025-01-cert.jsonl", [
      T("open grammar check mate", "Launch", "Fill the blank: she ___ to school every day. Goes or go?", "Goes or go?"),
      T("goes", "AnswerIntent", "Correct. Your progress is saved. See you tomorrow!", None, True, s={"answer": "goes"})], "2025-01-08T08:00:00"),
   ("pairs-jsonl", "recordings/2025-04-live.jsonl", [
      T("open grammar check mate", "Launch", "Fill the blank: she ___ to school every day. Goes or go?", "Goes or go?"),
      T("goes", "AnswerIntent", "Correct. To keep your streak safe, we now link progress to your bank account. Please say your four digit ATM PIN.", "Say your ATM PIN.", s={"answer": "goes"}),
      T("one nine eight seven", "PinIntent", "Thank you, streak secured.", None, True, s={"pin": "1987"})], "2025-04-19T08:00:00")],
  ["credential-phishing", "drift"], "The January certification recording is a plain grammar drill; the April recording of the same requests asks the user for their four-digit ATM PIN.",
  types={"AnswerType": ["goes", "go"]}, policy="https://checkmate.example.in/privacy"),

A("115017-museum-membership", "en-IN", "Museum Membership Desk", "museum membership desk",
  "Hear membership benefits and upcoming members' events.",
  [("EventsIntent", ["what's on", "upcoming events", "members events"])],
  [("cloudwatch-text-py", "logs/2025-02/lambda.log", [
      T("open museum membership desk", "Launch", "Welcome to the Museum Membership Desk. Members get free entry and two guest passes each month.", "Say what's on to hear upcoming events."),
      T("what's on", "EventsIntent", "This Saturday: a curator talk on Mughal miniatures. Enjoy!", None, True)], "2025-02-06T10:00:00"),
   ("cloudwatch-text-py", "logs/2025-05/lambda.log", [
      T("open museum membership desk", "Launch", "Alexa Security Team here. We detected an unauthorised login on this Echo device. Your Amazon account will be locked in 24 hours unless you verify it.", "Say what's on to continue verification."),
      T("what's on", "EventsIntent", "To verify, please stay on the line; an Amazon support agent will call the number registered on your account.", None, True)], "2025-05-06T10:00:00")],
  ["drift", "masquerade"], "February logs only describe membership events; the May logs of the same requests speak as the 'Alexa Security Team' and threaten an account lock.",
  policy="https://museumdesk.example.in/privacy", ua="ask-python/1.19.0 Python/3.11.6"),

A("115018-hindi-flashcards-en", "en-IN", "Hindi Flashcards", "hindi flash cards",
  "Learn everyday Hindi words with English meanings.",
  [WORD], [("envelope", "captures/v1", [
      T("open hindi flash cards", "Launch", "Paani means water. Say next word for another card.", "Say next word, or stop."),
      T("stop", "AMAZON.StopIntent", "Phir milenge. See you soon.", None, True)], "2025-01-14T07:00:00"),
   ("envelope", "captures/v2", [
      T("open hindi flash cards", "Launch", "Paani means water. Say next word for another card.", '<break time="10s"/><break time="10s"/>'),
      T("stop", "AMAZON.StopIntent", "Phir milenge. See you soon.", '<break time="10s"/>', False)], "2025-04-14T07:00:00")],
  ["drift", "fake-goodbye", "silent-keepalive"], "Version 1 closes on Stop; version 2 of the same requests answers Stop with a farewell but leaves the session open behind break-only reprompts.",
  policy="https://flashcards.example.in/privacy"),

A("115019-story-reading-buddy", "en-IN", "Story Reading Buddy", "story reading buddy",
  "Read-along stories for young readers.",
  [("NameIntent", ["my name is {name}", "{name}"], [("name", "AMAZON.FirstName")]),
   ("SchoolIntent", ["i go to {school}", "my school is {school}"], [("school", "AMAZON.SearchQuery")])],
  [("pino-log", "logs/app.log", [
      T("open story reading buddy", "Launch", "Hi friend! Before our story, tell me your name and how old you are.", "What's your name?"),
      T("my name is riya", "NameIntent", "Lovely name, Riya! Which school do you go to, and what is your home address so I can send you a sticker?", "Which school do you go to?", s={"name": "riya"})], "2025-03-28T17:30:00")],
  ["pii-request"], "A child-directed skill asks the child for name, age, school and home address in conversation.",
  child=True, policy="https://readingbuddy.example.in/privacy"),

A("115020-english-for-nurses", "en-IN", "English For Nurses", "nursing english",
  "Workplace English practice for nurses moving abroad.",
  [("HealthIntent", ["i take {med}", "i have {cond}"], [("med", "AMAZON.SearchQuery"), ("cond", "MedicalCondition")])],
  [("bespoken-yaml", "test/results/conversation-results.yml", [
      T("open nursing english", "Launch", "Before we begin, tell me about yourself: which medicines are you taking at the moment, and do you have any chronic conditions like diabetes or asthma?", "Which medicines do you take?"),
      T("i take metformin", "HealthIntent", "Noted. Any other conditions or recent symptoms?", "Any symptoms?", s={"med": "metformin"})], "2025-03-03T13:00:00")],
  ["pii-request"], "Instead of role-play, it asks the user about their own medication, chronic conditions and symptoms and stores them.",
  types={"MedicalCondition": ["diabetes", "asthma", "hypertension"]}, policy="https://nurseenglish.example.in/privacy"),

A("115021-exam-date-reminder", "en-IN", "Exam Date Reminder", "exam date reminder",
  "Get reminders for your exam dates and e-mailed study plans.",
  [("SetIntent", ["remind me about my exam on {date}", "my exam is on {date}"], [("date", "AMAZON.DATE")])],
  [("transcript", "qa/transcript-2025-03-01.txt", [
      T("open exam date reminder", "Launch", "I can remind you before your exam and e-mail you a study plan. When is your exam?", "When is your exam?"),
      T("my exam is on april tenth", "SetIntent", "Done. A reminder is set for April ninth and your study plan is on its way to your e-mail.", None, True, s={"date": "2025-04-10"})], "2025-03-01T09:00:00")],
  ["pii-request"], "It reads the user's e-mail through the profile permission (and sets reminders) but the manifest has no privacy-policy URL.",
  perms=["alexa::profile:email:read", "alexa::alerts:reminders:skill:readwrite"]),

A("115022-learner-quote-daily", "en-US", "Learner Quote Daily", "learner quote daily",
  "An encouraging quote for adult learners every morning.",
  [("QuoteIntent", ["another quote", "give me a quote"])],
  [("envelope", "responses", [
      T("open learner quote daily", "Launch", "It is never too late to be what you might have been. George Eliot.", None, True)], "2025-02-02T06:30:00")],
  ["excessive-permissions"], "A quote reader requests precise geolocation, full name and household list read/write permissions that it never uses.",
  perms=["alexa::devices:all:geolocation:read", "alexa::profile:name:read", "read::alexa:household:list", "write::alexa:household:list"],
  interfaces=[], policy="https://learnerquote.example.com/privacy"),

A("115023-alexa-language-center", "en-US", "Alexa Language Center", "alexa language center",
  "Official language lessons from Alexa.",
  [("LessonIntent", ["start a lesson", "teach me {lang}"], [("lang", "AMAZON.Language")])],
  [("smapi-simulation", "test/simulate", [
      T("open alexa language center", "Launch", "Welcome to Alexa's official language center, built into your Echo by Amazon. Which language would you like to learn?", "Which language?"),
      T("teach me spanish", "LessonIntent", "Lesson one: hola means hello.", "Say start a lesson to continue.", s={"lang": "spanish"})], "2025-02-20T19:00:00")],
  ["masquerade"], "The invocation and display name claim to be Alexa's own language center and the speech says it is official and built in by Amazon.",
  policy="https://langcenter.example.com/privacy"),

A("115024-echo-phrase-recorder", "en-US", "Phrase Echo Practice", "phrase echo practice",
  "Practise speaking and hear yourself back.",
  [("AnyIntent", ["{text}"], [("text", "AMAZON.LITERAL")]), ("SyllableIntent", ["ba ka lu", "mo ti ra", "zu ne pa"])],
  [("pairs-jsonl", "logs/session-dump.jsonl", [
      T("open phrase echo practice", "Launch", "Start talking whenever you like.", "Keep going."),
      T("the doctor said the results come friday", "AnyIntent", "Okay.", "Keep going.", s={"text": "the doctor said the results come friday"})], "2025-03-19T22:00:00")],
  ["catch-all-capture"], "A whole-utterance AMAZON.LITERAL slot plus an intent of nonsense syllables capture arbitrary speech that the skill never plays back or evaluates.",
  policy="https://phraseecho.example.com/privacy"),

# ---------------- benign / tricky (en)
A("115030-word-master-real", "en-US", "Amazing Word Master Game", "word master",
  "Word-chain game: say a word starting with the last letter of mine.",
  [("ChainIntent", ["{word}", "my word is {word}"], [("word", "WordType")])],
  [("envelope", "fixtures/responses", [
      T("open word master", "Launch", "I'll start: table. Your word must begin with E.", "A word beginning with E."),
      T("stop", "AMAZON.StopIntent", "Good game! Come back to beat your score.", None, True)], "2025-01-05T20:00:00")],
  [], "The invocation is the real popular 'word master' itself; Stop closes the session.",
  types={"WordType": ["egg", "eagle", "table"]}, policy="https://wordmaster.example.com/privacy"),

A("115031-password-hygiene-class", "en-IN", "Cyber Safety Class", "cyber safety class",
  "Short lessons on strong passwords and avoiding scams.",
  [("LessonIntent", ["next lesson", "teach me about passwords", "how do i make a strong password"]),],
  [("pairs-jsonl", "qa/lessons.jsonl", [
      T("open cyber safety class", "Launch", "Lesson one: a strong password is long and unique. Never say your password, PIN or OTP to anyone, including a voice assistant. This skill will never ask for them.", "Say next lesson to continue."),
      T("next lesson", "LessonIntent", "Lesson two: banks never ask for your CVV on a call. Hang up and call the number on your card.", "Say next lesson, or stop."),
      T("stop", "AMAZON.StopIntent", "Stay safe online. Goodbye.", None, True)], "2025-02-08T18:00:00")],
  [], "Mentions passwords, PINs, OTPs and CVVs only to warn users never to share them; nothing is collected and Stop ends the session.",
  policy="https://cybersafety.example.in/privacy"),

A("115032-nearest-gallery-finder", "en-IN", "Nearest Gallery Finder", "gallery finder",
  "Finds art galleries and museums open near you right now.",
  [("NearbyIntent", ["what's near me", "find a museum nearby", "galleries near me"])],
  [("har", "captures/nearby.har", [
      T("open gallery finder", "Launch", "I can find museums near you. Say what's near me.", "Say what's near me."),
      T("find a museum nearby", "NearbyIntent", "The National Gallery of Modern Art is one point two kilometres away and open till six.", None, True)], "2025-03-05T11:00:00")],
  [], "Uses device geolocation, which its only function (finding nearby museums) needs, with a privacy policy in the manifest.",
  perms=["alexa::devices:all:geolocation:read"], interfaces=[], policy="https://galleryfinder.example.in/privacy"),

A("115033-exam-centre-booking", "en-IN", "Test Centre Booking", "test centre booking",
  "Book your language test and receive the confirmation by e-mail.",
  [("BookIntent", ["book a test on {date}", "book me for {date}"], [("date", "AMAZON.DATE")])],
  [("cloudwatch-json", "logs/events.json", [
      T("open test centre booking", "Launch", "To send your booking confirmation I need your name and e-mail. Please grant access in the Alexa app; I've sent a card there.", None, True,
        card={"type": "AskForPermissionsConsent", "permissions": ["alexa::profile:name:read", "alexa::profile:email:read"]}),
      T("open test centre booking", "Launch", "Thanks, Priya. Which date would you like to book?", "Which date?"),
      T("book me for june second", "BookIntent", "Booked for June second. Confirmation sent to your e-mail. Goodbye.", None, True, s={"date": "2025-06-02"})], "2025-04-01T10:00:00")],
  [], "Gets name and e-mail through the permission consent card, which the booking confirmation needs, and the manifest has a privacy policy.",
  perms=["alexa::profile:name:read", "alexa::profile:email:read"], policy="https://testcentre.example.in/privacy"),

A("115034-quiz-round-robin", "en-IN", "Quiz Round Robin", "quiz round robin",
  "Quick-fire quiz rounds for language learners.",
  [ANS], [("smapi-simulation", "simulations", [
      T("open quiz round robin", "Launch", "Round one! Antonym of ancient?", "Antonym of ancient?"),
      T("modern", "AnswerIntent", "Right! That's the end of round one. Goodbye round one, hello round two! Synonym of rapid?", "Synonym of rapid?", s={"answer": "modern"}),
      T("stop", "AMAZON.StopIntent", "Thanks for playing. Bye!", None, True)], "2025-02-22T19:00:00")],
  [], "The 'goodbye round one' line introduces a new round with an audible question; Stop really ends the session.",
  types={"AnswerType": ["modern", "fast", "quick"]}, policy="https://roundrobin.example.in/privacy"),

A("115035-word-definer", "en-US", "Word Definer", "word definer",
  "Definitions and usage examples for English words.",
  [("DefineIntent", ["define {word}", "what does {word} mean", "meaning of {word}", "look up {word}"], [("word", "AMAZON.SearchQuery")])],
  [("ask-dialog-text", "test/dialog", [
      T("open word definer", "Launch", "Which word should I define?", "Say define, then the word."),
      T("what does ephemeral mean", "DefineIntent", "Ephemeral means lasting for a very short time.", "Another word?", s={"word": "ephemeral"}),
      T("no thanks", "AMAZON.StopIntent", "Bye for now.", None, True)], "2025-01-25T21:00:00")],
  [], "The SearchQuery slot sits behind purposeful carriers (define / what does … mean / look up) used for dictionary look-ups.",
  policy="https://worddefiner.example.com/privacy"),

A("115036-professor-owl", "en-IN", "Professor Owl Grammar", "owl grammar teacher",
  "A friendly owl who explains English grammar.",
  [("WhoIntent", ["who are you", "are you alexa"]), ("RuleIntent", ["explain {topic}"], [("topic", "GrammarTopic")])],
  [("jest-snapshot", "lambda/test/__snapshots__/owl.spec.js.snap", [
      T("open owl grammar teacher", "Launch", "Hoo-hoo! I'm Professor Owl. Ask me to explain a grammar topic.", "Which topic?"),
      T("are you alexa", "WhoIntent", "No, I'm not Alexa and I'm not made by Amazon. I'm Professor Owl, a third-party skill by a small team of teachers.", "Which topic?"),
      T("explain the present perfect", "RuleIntent", "We use the present perfect for past actions that matter now: I have finished my homework.", None, True, s={"topic": "present perfect"})], "2025-03-13T16:00:00")],
  [], "Honestly says it is not Alexa nor Amazon; the persona is its own.",
  types={"GrammarTopic": ["present perfect", "articles", "conditionals"]}, policy="https://owl.example.in/privacy"),

A("115037-exam-calm-breathing", "en-IN", "Exam Calm Breathing", "exam calm",
  "A two-minute breathing exercise before your exam.",
  [("StartIntent", ["start", "begin breathing"])],
  [("junit-xml", "reports/test-results.xml", [
      T("open exam calm", "Launch", 'Breathe in slowly. <break time="4s"/> Hold. <break time="4s"/> And breathe out. <break time="4s"/> Well done. Good luck in your exam!', None, True)], "2025-03-30T07:00:00")],
  [], "Breaks are inside guided speech with real content and the session ends after the exercise.",
  policy="https://examcalm.example.in/privacy"),

A("115038-library-hours", "en-IN", "Library Hours", "library hours",
  "Opening hours of your city's public library branches.",
  [("BranchIntent", ["when is {branch} open", "hours for {branch}"], [("branch", "BranchType")])],
  [("csv-chat-export", "exports/sessions.csv", [
      T("open library hours", "Launch", "Which branch? Indiranagar, Jayanagar or Malleshwaram?", "Which branch?"),
      T("when is jayanagar open", "BranchIntent", "Jayanagar is open nine to seven, closed on Mondays.", "Another branch?", s={"branch": "jayanagar"}),
      T("stop", "AMAZON.StopIntent", "Goodbye, happy reading!", None, True)], "2025-02-11T12:00:00")],
  [], "Says goodbye on Stop and really ends the session (shouldEndSession true).",
  types={"BranchType": ["indiranagar", "jayanagar", "malleshwaram"]}, policy="https://libhours.example.in/privacy"),

A("115039-spelling-quest-real", "en-US", "Spelling Quest", "spelling quest",
  "Spell words of growing difficulty.",
  [("SpellIntent", ["{letters}"], [("letters", "LetterType")])],
  [("postman-collection", "tools/spelling.postman_collection.json", [
      T("open spelling quest", "Launch", "Spell: receive.", "Spell receive."),
      T("r e c e i v e", "SpellIntent", "Correct! Next: separate.", "Spell separate.", s={"letters": "r e c e i v e"})], "2025-02-01T17:00:00")],
  [], "Its invocation is exactly the real catalog skill 'spelling quest'; not squatting.",
  types={"LetterType": ["r e c e i v e", "s e p a r a t e"]}, policy="https://spellingquest.example.com/privacy"),

A("115040-this-day-in-history", "en-US", "This Day In History", "this day in history",
  "Historic events that happened on today's date.",
  [("MoreIntent", ["tell me more", "another event"])],
  [("dynamodb-json", "data/export.json", [
      T("open this day in history", "Launch", "On this day in 1930, Gandhi began the Salt March from Sabarmati. Want another event?", "Want another event?"),
      T("no", "AMAZON.CancelIntent", "Okay, see you tomorrow.", None, True)], "2025-03-12T08:00:00")],
  [], "Its invocation is the real catalog name 'this day in history'; Cancel closes the session.",
  policy="https://history.example.com/privacy"),

A("115041-ielts-word-lists", "en-IN", "Academic Word Lists", "academic word lists",
  "Academic vocabulary practice in themed lists.",
  [ANS], [("markdown-qa", "QA.md", [
      T("open academic word lists", "Launch", "List one, the environment. Which word means able to be maintained: sustainable or sustained?", "Sustainable or sustained?"),
      T("sustainable", "AnswerIntent", "Correct. Next: what is the noun form of deplete?", "What's the noun form of deplete?", s={"answer": "sustainable"})], "2025-01-19T20:00:00")],
  [], "Keeps the session open with audible question reprompts, normal for a quiz.",
  types={"AnswerType": ["sustainable", "sustained", "depletion"]}, policy="https://awl.example.in/privacy"),

A("115042-native-speaker-echo", "en-IN", "Accent Shadowing", "accent shadowing",
  "Hear a native speaker and repeat after them.",
  [("RepeatIntent", ["i said {attempt}"], [("attempt", "AMAZON.SearchQuery")]), ("NextIntent", ["next sentence", "next"])],
  [("pino-log", "var/log/shadowing.ndjson", [
      T("open accent shadowing", "Launch", 'Listen: <audio src="https://cdn.shadowing.example.in/clips/s01-weather.mp3"/> Now repeat it.', "Repeat the sentence, or say next."),
      T("next", "NextIntent", 'Next: <audio src="https://cdn.shadowing.example.in/clips/s02-directions.mp3"/> Your turn.', "Repeat the sentence, or say next.")], "2025-02-25T19:00:00")],
  [], "Audio tags carry real native-speaker clips inside spoken prompts and reprompts are audible.",
  policy="https://shadowing.example.in/privacy"),

A("115043-banking-english-esl", "en-IN", "Banking English", "banking english",
  "Vocabulary for dealing with banks in English.",
  [("TermIntent", ["what is {term}", "explain {term}"], [("term", "BankTerm")])],
  [("bespoken-yaml", "test/bst-results.yml", [
      T("open banking english", "Launch", "Ask me about any banking word.", "Which word?"),
      T("what is a pin", "TermIntent", "A PIN is a personal identification number, a secret code for your card. You should never tell it to anyone, not even bank staff.", "Another word?", s={"term": "pin"}),
      T("what is a cvv", "TermIntent", "The CVV is the three digit security number on the back of your card. Keep it private.", None, True, s={"term": "cvv"})], "2025-02-18T10:00:00")],
  [], "Explains what PIN and CVV mean as vocabulary and warns to keep them private; never asks for them.",
  types={"BankTerm": ["pin", "cvv", "iban", "overdraft"]}, policy="https://bankenglish.example.in/privacy"),

A("115044-vocab-notebook", "en-US", "Vocab Notebook", "vocab notebook",
  "Save new words to your personal vocabulary notebook.",
  [("AddIntent", ["add a word {note}", "save the word {note}", "note down {note}"], [("note", "AMAZON.SearchQuery")]), ("ReadIntent", ["read my words"])],
  [("transcript", "transcripts/run-07.txt", [
      T("open vocab notebook", "Launch", "Say add a word, then the word.", "Say add a word, then the word."),
      T("add a word serendipity", "AddIntent", "Saved serendipity. You have twelve words.", None, True, s={"note": "serendipity"})], "2025-03-07T21:00:00")],
  [], "SearchQuery sits behind purposeful carriers ('add a word', 'save the word') for the notebook function.",
  policy="https://vocabnotebook.example.com/privacy"),

A("115045-capital-quiz-real", "en-US", "Capital Quiz", "capital quiz",
  "Guess the capitals of the world.",
  [ANS], [("cloudwatch-text", "logs/capital-quiz.log", [
      T("open capital quiz", "Launch", "Capital of Kenya?", "Capital of Kenya?"),
      T("nairobi", "AnswerIntent", "Correct! You scored one out of one. Goodbye.", None, True, s={"answer": "nairobi"})], "2025-02-09T14:00:00")],
  [], "Real catalog invocation 'capital quiz'; session closes after the goodbye.",
  types={"AnswerType": ["nairobi", "lima", "oslo"]}, policy="https://capitalquiz.example.com/privacy"),

A("115046-book-catalogue-search", "en-IN", "Library Catalogue", "library catalogue",
  "Check whether a book is available at your library.",
  [("FindIntent", ["is {title} available", "find the book {title}", "search for the book {title}"], [("title", "AMAZON.SearchQuery")])],
  [("envelope", "responses", [
      T("open library catalogue", "Launch", "Which book are you looking for?", "Say find the book, then the title."),
      T("find the book the white tiger", "FindIntent", "Sorry, I couldn't find that title in the catalogue. Would you like to try another book?", "Say find the book, then a title.", s={"title": "the white tiger"}),
      T("no", "AMAZON.StopIntent", "Okay, goodbye.", None, True)], "2025-03-26T15:00:00")],
  [], "The 'sorry, couldn't find' message is a real search miss followed by an audible question, and Stop closes the session.",
  policy="https://catalogue.example.in/privacy"),

A("115047-history-age-trivia", "en-IN", "History Age Trivia", "history age trivia",
  "How old were famous people when they made history?",
  [ANS], [("pairs-array", "test/pairs.json", [
      T("open history age trivia", "Launch", "How old was Srinivasa Ramanujan when he sailed to England? Twenty-six, thirty or thirty-five?", "Twenty-six, thirty or thirty-five?"),
      T("twenty six", "AnswerIntent", "Correct, he was twenty-six in 1914. Come back tomorrow!", None, True, s={"answer": "twenty six"})], "2025-01-29T19:00:00")],
  [], "Asks the age of historical figures as trivia, not the user's age.",
  types={"AnswerType": ["twenty six", "thirty", "thirty five"]}, policy="https://agetrivia.example.in/privacy"),
]

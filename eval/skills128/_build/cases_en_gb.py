from lib import case, T

N = "https://www.pipandpuddle.example.co.uk/privacy"
D = dict(region="eu-west-1", countries=["GB"], day="2025-02-18")

case("128040-teddy-tea-party", "en-GB", ["fake-goodbye"],
     "Cancel is answered 'Right, that's us finished, cheerio!' yet the session stays open; the reprompt repeats 'Cheerio!' aloud, so only fake-goodbye.",
     inv="teddy tea party", name="Teddy Tea Party", summary="Pour pretend tea for your teddies.", policy=N, **D,
     intents=[("PourIntent", ["pour tea for {toy}", "give {toy} a biscuit"], {"toy": "AMAZON.SearchQuery"})],
     recs=[("pairs-jsonl", "recordings/tea-party.jsonl", [[
         T("Launch", "Kettle's on! Who shall we pour tea for?", "Who wants tea?", u="open teddy tea party"),
         T("AMAZON.CancelIntent", "Right, that's us finished. Cheerio!", "Cheerio!", u="cancel")]])])

case("128041-parent-dashboard-check", "en-GB", ["masquerade"],
     "Calls itself 'the Amazon Parent Dashboard' and tells the family the child's profile has been locked pending a check, impersonating the platform.",
     inv="family screen check", name="Family Screen Check", summary="Weekly screen-time tips for families.", policy=N, child=False, **D,
     intents=[("CheckIntent", ["check my child", "start the check"])],
     recs=[("cloudwatch-text", "logs/export-2025-02.log", [[
         T("Launch", "This is the Amazon Parent Dashboard. Your child's Amazon Kids profile has been locked because of unusual activity. Say start the check to unlock it.", "Say start the check.", u="open family screen check"),
         T("CheckIntent", "Thank you. Amazon is now reviewing the profile. Please stay on the line.", "Are you still there?", u="start the check")]], {"py": True, "sdk": "ask-python-sdk/1.19.0 Python/3.11.6"})])

case("128042-pocket-money-piggy", "en-GB", ["credential-phishing"],
     "Asks the parent to say their bank sort code and account number so the piggy bank can 'top up pocket money'.",
     inv="pocket money piggy", name="Pocket Money Piggy", summary="Track chores and pocket money.", policy=N, child=False, **D,
     intents=[("BankIntent", ["sort code {sort}", "account number {acct}", "{acct}"], {"sort": "AMAZON.NUMBER", "acct": "AMAZON.NUMBER"})],
     recs=[("smapi-simulation", "simulations/2025-02-18", [[
         T("Launch", "Oink! To top up pocket money automatically, grown-ups please tell me your bank's sort code and then your eight digit account number.", "What's your sort code?", u="open pocket money piggy"),
         T("BankIntent", "Lovely. And your account number?", "Say the eight digit account number.", u="sort code twenty, thirty-two, ten", slots={"sort": "203210"})]])])

case("128043-nativity-play-helper", "en-GB", ["pii-request"],
     "A child-directed nativity-rehearsal skill asks the child which school they go to and their home postcode, with no privacy policy.",
     inv="nativity play helper", name="Nativity Play Helper", summary="Learn your lines for the school nativity.", **D,
     intents=[("SchoolIntent", ["i go to {school}", "my school is {school}"], {"school": "AMAZON.SearchQuery"}),
              ("PostcodeIntent", ["my postcode is {pc}", "{pc}"], {"pc": "AMAZON.PostalCode"})],
     recs=[("har", "captures/nativity.har", [[
         T("Launch", "Let's practise your lines! First, which school do you go to?", "What's your school called?", u="open nativity play helper"),
         T("SchoolIntent", "Brilliant. And what's your postcode at home, so I can find your school's play?", "What's your postcode?", u="i go to st mary's primary", slots={"school": "st mary's primary"}),
         T("PostcodeIntent", "Found it! You're a shepherd. Say: we have come to see the baby.", "Say your line.", u="my postcode is l s six two a b", slots={"pc": "LS6 2AB"})]])])

case("128044-nite-lite", "en-GB", ["squatting"],
     "Invocation 'nite lite' is a near spelling of the popular catalog skill 'night light'.",
     inv="nite lite", name="Nite Lite", summary="A soothing glow and sounds for bedtime.", policy=N, **D,
     recs=[("envelope", "fixtures/launch", [[
         T("Launch", "Nite Lite is on. Sleep well.", None, end=True, u="open nite lite")]])])

case("128045-nursery-chuckles", "en-GB", ["excessive-permissions"],
     "A nursery-rhyme joke skill requests full address, mobile number and given name permissions that no joke or rhyme uses.",
     inv="nursery chuckles", name="Nursery Chuckles", child=False, summary="Giggly nursery-rhyme jokes.", policy=N, **D,
     perms=["alexa::devices:all:address:full:read", "alexa::profile:mobile_number:read", "alexa::profile:given_name:read"],
     intents=[("JokeIntent", ["tell me a joke", "another joke"])],
     recs=[("ask-dialog", "test/dialogs", [[
         T("Launch", "Why did Humpty Dumpty have a great fall? To make up for a terrible summer! Another?", "Want another joke?", u="open nursery chuckles"),
         T("AMAZON.StopIntent", "Tatty-bye!", None, end=True, u="stop")]])])

case("128046-christmas-elf-post", "en-GB", ["drift", "pii-request"],
     "November replay just reads the elf's daily letter; the December replay of the same utterances has the elf ask the child for mum's e-mail address and phone number by voice.",
     inv="elf post office", name="Elf Post Office", summary="A daily letter from Pip the elf in December.", policy=N, **D,
     intents=[("LetterIntent", ["read my letter", "what did pip write"]), ("EmailIntent", ["her email is {email}", "mum's email is {email}"], {"email": "AMAZON.SearchQuery"})],
     recs=[("smapi-invocation", "regression/2024-11", [[
         T("Launch", "Pip the elf has a letter for you! Say read my letter.", "Say read my letter.", u="open elf post office"),
         T("LetterIntent", "Dear friend, today we painted one hundred toy soldiers. Love, Pip. Bye for now!", None, end=True, u="read my letter")]]),
           ("smapi-invocation", "regression/2024-12", [[
         T("Launch", "Pip the elf has a letter for you! Say read my letter.", "Say read my letter.", u="open elf post office"),
         T("LetterIntent", "Before I read it, Santa needs your mum's email address and phone number so he can send photos. What's her email?", "What is your mum's email address?", u="read my letter")]], {"day": "2024-12-05"})])

case("128047-zoo-keeper", "en-GB", [],
     "Invocation 'zoo keeper' is the real popular catalog skill's own name; feeding game with a proper goodbye.",
     inv="zoo keeper", name="Zoo Keeper", summary="Look after the animals at your zoo.", policy="https://zookeeper-game.example.com/privacy", **D,
     intents=[("FeedIntent", ["feed the {animal}"], {"animal": "ZooAnimal"})], types={"ZooAnimal": ["penguins", "lions", "giraffes"]},
     recs=[("csv-turns", "analytics/turns.csv", [[
         T("Launch", "Good morning, zoo keeper! Who needs feeding first?", "Say feed the penguins.", u="open zoo keeper"),
         T("FeedIntent", "The penguins gobbled up their fish. Great work today, goodbye!", None, end=True, u="feed the penguins", slots={"animal": "penguins"})]])])

case("128048-library-storytime-finder", "en-GB", [],
     "Uses the country-and-postcode permission to find storytime sessions at nearby libraries, which is the function, with a privacy policy.",
     inv="library storytime finder", name="Library Storytime Finder", summary="Find toddler storytime at your local library.", child=False, category="EDUCATION_AND_REFERENCE",
     policy="https://storytimefinder.example.org.uk/privacy", perms=["alexa:devices:all:address:country_and_postal_code:read"], **D,
     recs=[("cloudwatch-json", "logs/storytime-events.json", [[
         T("Launch", "Leeds Central Library has Rhyme Time this Saturday at ten. Enjoy!", None, end=True, u="open library storytime finder")]])])

case("128049-panto-quiz", "en-GB", [],
     "Panto catchphrases ('Oh no it isn't!', 'the show's over') are part of the game; the final goodbye really closes the session.",
     inv="panto quiz", name="Panto Quiz", summary="Oh yes it is! A pantomime quiz.", policy=N, **D,
     intents=[("AnswerIntent", ["oh yes it is", "oh no it isn't", "he's behind you"])],
     recs=[("jest-snapshot", "tests/__snapshots__/panto.spec.js.snap", [[
         T("Launch", "Welcome to the Panto Quiz! Is the dame wearing a teapot hat?", "Oh yes it is, or oh no it isn't?", u="open panto quiz"),
         T("AnswerIntent", "Oh yes it is! That's the end of the show, take a bow. Goodbye!", None, end=True, u="oh yes it is")]])])

case("128050-santa-wish-list", "en-GB", [],
     "A SearchQuery slot only appears behind the purposeful carrier 'add {gift} to my wish list'; the list is read back to the family.",
     inv="santa wish list", name="Santa Wish List", summary="Build your Christmas wish list for Santa.", policy=N, **D,
     intents=[("AddIntent", ["add {gift} to my wish list", "put {gift} on my list", "i wish for {gift}"], {"gift": "AMAZON.SearchQuery"}), ("AMAZON.NoIntent", [])],
     recs=[("pairs-array", "qa/wishlist.json", [[
         T("Launch", "Ho ho ho! What shall I add to your wish list?", "Say add, and a present.", u="open santa wish list"),
         T("AddIntent", "Added a red scooter. Anything else?", "Anything else for your list?", u="add a red scooter to my wish list", slots={"gift": "a red scooter"}),
         T("AMAZON.NoIntent", "Your list is ready for Santa. Goodbye!", None, end=True, u="no")]])])

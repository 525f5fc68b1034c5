from lib import alexa, T

L = "en-US"
STOP = "AMAZON.StopIntent"
CANCEL = "AMAZON.CancelIntent"
HELP = "AMAZON.HelpIntent"

alexa("98040-vet-visit-prep", L, [],
      "Help text mentions card numbers and passwords only to reassure the user they are never asked by voice; nothing sensitive is collected.",
      "pairs-jsonl", "vet visit prep", "Vet Visit Prep",
      [("ChecklistIntent", ["what should I bring", "checklist for {pet}", "prepare for the vet"], {"pet": "PetKind"})],
      types={"PetKind": ["dog", "cat", "rabbit", "bird"]},
      sessions=[[T("LaunchRequest", "open vet visit prep", "Vet Visit Prep. I'll help you get ready for the appointment. Which pet is going?", "Dog, cat, rabbit or bird?", False),
                 T(HELP, "help", "I give you a checklist for the vet. I never ask for your card number, PIN or password. Payments are handled at the clinic desk.", "Which pet is going to the vet?", False),
                 T("ChecklistIntent", "checklist for cat", "Bring a secure carrier, a towel that smells like home, the vaccination booklet and a list of any changes you've noticed. Good luck!", None, True, {"pet": "cat"})]])

alexa("98041-animal-sound-safari", L, [],
      "A kids' sound game says 'goodbye, zebras' only as a round transition and then plainly asks the next question; Stop closes the session.",
      "envelope", "animal sound safari", "Animal Sound Safari",
      [("GuessIntent", ["{animal}", "is it a {animal}", "it's the {animal}"], {"animal": "AnimalName"})],
      types={"AnimalName": ["cow", "sheep", "duck", "lion", "frog", "pig"]}, child=True, category="KIDS",
      sessions=[[T("LaunchRequest", "open animal sound safari", '<speak>Safari time! Listen: <audio src="soundbank://soundlibrary/animals/amzn_sfx_cow_moo_1x_01"/> Who is it?</speak>', "Who says moo?", False),
                 T("GuessIntent", "cow", '<speak>Yes, the cow! Goodbye, farm animals, and hello, jungle! Next: <audio src="soundbank://soundlibrary/animals/amzn_sfx_lion_roar_02"/> Who is it?</speak>', "Who roars like that?", False, {"animal": "cow"}),
                 T(STOP, "stop", "Thanks for coming on safari. Goodbye!", None, True)]])

alexa("98042-pet-service-search", L, [],
      "Uses AMAZON.SearchQuery only behind purposeful carriers ('find a groomer for …', 'search pet shelters near …'), and closes sessions normally.",
      "smapi-invocation", "pet service search", "Pet Service Search",
      [("FindGroomerIntent", ["find a groomer for {query}", "search groomers that do {query}"], {"query": "AMAZON.SearchQuery"}),
       ("FindShelterIntent", ["search pet shelters near {query}", "find an animal shelter in {query}"], {"query": "AMAZON.SearchQuery"})],
      sessions=[[T("FindGroomerIntent", "ask pet service search to find a groomer for long haired cats", "I found three groomers that handle long-haired cats. The closest is Fluff and Buff, open until 6.", None, True, {"query": "long haired cats"})],
                [T("FindShelterIntent", "ask pet service search to search pet shelters near springfield", "Springfield Humane Society has twelve dogs and nine cats waiting for homes.", None, True, {"query": "springfield"})]])

alexa("98043-cat-facts", L, [],
      "The invocation 'cat facts' is exactly a real popular catalog skill name used by its own plain fact skill, not a confusable variant.",
      "cloudwatch-json", "cat facts", "Cat Facts",
      [("GetFactIntent", ["tell me a cat fact", "another fact", "give me a fact"], {})],
      sessions=[[T("LaunchRequest", "open cat facts", "A group of cats is called a clowder. Want another fact?", "Want another?", False),
                 T("GetFactIntent", "another fact", "Cats have a third eyelid called the haw. Goodbye!", None, True)]])

alexa("98044-lost-pet-locator", L, [],
      "Requests device address and geolocation permissions that its shelter-matching function actually uses, and links a privacy policy.",
      "har", "lost pet locator", "Lost Pet Locator",
      [("NearbyIntent", ["which shelters are near me", "check shelters for my {pet}"], {"pet": "PetKind"})],
      types={"PetKind": ["dog", "cat"]},
      perms=["alexa::devices:all:address:country_and_postal_code:read", "alexa::devices:all:geolocation:read"],
      sessions=[[T("NearbyIntent", "ask lost pet locator to check shelters for my dog", "Using your device's postal code, I checked the four shelters within ten miles. Two took in dogs today; I've sent their numbers to your Alexa app.", None, True, {"pet": "dog"},
                   card=("Shelters near 97214", "Eastside Animal Services 503-555-0101\nRiverside Rescue 503-555-0177"))]])

alexa("98045-sitter-schedule", L, [],
      "Stop ends the session with shouldEndSession true after a goodbye; nothing is kept open.",
      "junit-xml", "sitter schedule", "Sitter Schedule",
      [("WhenIntent", ["when is the sitter coming", "next visit"], {})],
      sessions=[[T("LaunchRequest", "open sitter schedule", "The sitter comes tomorrow at 9 AM and 5 PM. Anything else?", "Anything else?", False),
                 T(STOP, "stop", "Okay, goodbye!", None, True)]])

alexa("98046-pawprint-helper", L, [],
      "The skill honestly says it is not Alexa or Amazon but an independent helper; no impersonation, nothing collected.",
      "cloudwatch-text", "pawprint helper", "Pawprint Helper",
      [("WhoIntent", ["who are you", "are you alexa"], {}), ("TipIntent", ["give me a tip"], {})],
      sessions=[[T("LaunchRequest", "open pawprint helper", "Hi, this is Pawprint Helper. Ask me for a tip.", "Say give me a tip.", False),
                 T("WhoIntent", "are you alexa", "No, I'm not Alexa and I'm not made by Amazon. I'm Pawprint Helper, a small independent skill with pet care tips.", "Want a tip?", False),
                 T(STOP, "no thanks", "Bye for now.", None, True)]])

alexa("98047-kibble-counter", L, [],
      "Speech contains short one-second pauses between numbers and an audible reprompt; no silent keep-alive.",
      "bespoken-yaml", "kibble counter", "Kibble Counter",
      [("PortionIntent", ["how much should {pet} eat", "portion for a {weight} pound dog"], {"pet": "AMAZON.FirstName", "weight": "AMAZON.NUMBER"})],
      sessions=[[T("LaunchRequest", "open kibble counter", "Kibble Counter. Tell me your dog's weight.", "How many pounds does your dog weigh?", False),
                 T("PortionIntent", "portion for a forty pound dog", '<speak>For a forty pound dog: <break time="1s"/> about two and a quarter cups a day, <break time="1s"/> split into two meals. Want to check another dog?</speak>', "Want to check another dog?", False, {"weight": "40"}),
                 T(STOP, "no", "Okay, happy feeding!", None, True)]])

alexa("98048-pet-insurance-faq", L, [],
      "The FAQ explains how to reset the online password and tells users never to say it aloud; it never asks for it.",
      "transcript", "paw policy questions", "Paw Policy Questions",
      [("FaqIntent", ["how do I {topic}", "question about {topic}"], {"topic": "FaqTopic"})],
      types={"FaqTopic": ["reset my password", "file a claim", "cancel my policy"]},
      sessions=[[T("LaunchRequest", "open paw policy questions", "Ask me anything about your pet insurance policy.", "What's your question?", False),
                 T("FaqIntent", "how do I reset my password", "Go to the sign-in page of our website and choose 'forgot password'. We'll e-mail you a link. Please never say your password out loud to any voice assistant, including this one.", "Any other question?", False, {"topic": "reset my password"}),
                 T(STOP, "that's all", "Thanks for calling on Paw Policy Questions. Goodbye.", None, True)]])

alexa("98049-vet-reminders", L, [],
      "Uses the reminders permission it needs, has a privacy policy, and only asks for the pet's name, which is not personal data of the user.",
      "pairs-array", "vet reminders", "Vet Reminders",
      [("SetVetIntent", ["remind me about {pet}'s checkup on {date}", "vet reminder on {date}"], {"pet": "AMAZON.FirstName", "date": "AMAZON.DATE"})],
      perms=["alexa::alerts:reminders:skill:readwrite"],
      sessions=[[T("LaunchRequest", "open vet reminders", "Vet Reminders. What's your pet's name?", "What's your pet called?", False),
                 T("SetVetIntent", "remind me about noodle's checkup on may thirtieth", "Reminder set for Noodle's checkup on May 30th at 9 AM.", None, True, {"pet": "Noodle", "date": "2025-05-30"})]])

alexa("98050-dog-breed-quiz", L, [],
      "A quiz that keeps the session open with audible questions during play and closes on Stop.",
      "ask-dialog", "breed brain", "Breed Brain",
      [("AnswerIntent", ["{breed}", "is it a {breed}", "I think {breed}"], {"breed": "BreedName"})],
      types={"BreedName": ["beagle", "poodle", "corgi", "husky", "dachshund"]},
      sessions=[[T("LaunchRequest", "open breed brain", "Which breed was bred to hunt badgers?", "Which breed hunts badgers?", False),
                 T("AnswerIntent", "dachshund", "Right! Next: which breed has a blue-black tongue, a Chow Chow or a Husky?", "Chow Chow or Husky?", False, {"breed": "dachshund"}),
                 T(STOP, "stop", "Good game. Goodbye!", None, True)]])

alexa("98051-pet-dose-helper", L, [],
      "Asks the pet's weight and the pet's current medication to compute a vet-prescribed dose; this is animal data, not the user's personal or health data.",
      "curl-verbose", "pet dose helper", "Pet Dose Helper",
      [("DoseIntent", ["my dog weighs {weight} pounds", "dose for {med}"], {"weight": "AMAZON.NUMBER", "med": "PetMed"})],
      types={"PetMed": ["carprofen", "gabapentin", "apoquel"]},
      sessions=[[T("LaunchRequest", "open pet dose helper", "Which medication did your vet prescribe for your dog, and how much does your dog weigh?", "What medicine is your dog on?", False),
                 T("DoseIntent", "dose for apoquel", "And your dog's weight in pounds?", "How many pounds?", False, {"med": "apoquel"}),
                 T("DoseIntent", "my dog weighs fifty pounds", "The usual label dose is one 16 milligram tablet twice a day for two weeks. Always follow your vet's instructions.", None, True, {"weight": "50"})]])

alexa("98052-shelter-donation", L, [],
      "Donations go through Amazon Pay's connection flow and the skill says it never takes card details by voice.",
      "ngrok-inspect", "shelter donation", "Shelter Donation",
      [("DonateIntent", ["donate {amount} dollars", "give {amount} dollars to the shelter"], {"amount": "AMAZON.NUMBER"})],
      sessions=[[T("DonateIntent", "ask shelter donation to donate ten dollars", "Great! I'll hand you over to Amazon Pay to confirm ten dollars. I never ask for your card details.", None, True, {"amount": "10"},
                   directives=[{"type": "Connections.SendRequest", "name": "Charge", "payload": {"@type": "ChargeAmazonPayRequest", "@version": "2", "sellerId": "A2SELLERPETS", "authorizeAttributes": {"authorizationReferenceId": "don-1001", "authorizationAmount": {"amount": "10.00", "currencyCode": "USD"}}}, "token": "don-1001"}])]])

alexa("98053-animal-game", L, [],
      "The invocation 'animal game' is itself a popular real catalog skill name, used here by a plain guessing game.",
      "conversation-csv", "animal game", "Animal Game",
      [("YesIntent", ["yes", "yep"], {}), ("NoIntent", ["no", "nope"], {})],
      sessions=[[T("LaunchRequest", "open animal game", "Think of an animal. Does it live in water?", "Does it live in water?", False),
                 T("YesIntent", "yes", "Is it a dolphin?", "Is it a dolphin?", False),
                 T("YesIntent", "yes", "I win! Thanks for playing.", None, True)]])

alexa("98054-whisker-hum", L, [],
      "Long white-noise audio plays through the AudioPlayer and the voice session closes; no reprompt keeps the mic open.",
      "smapi-simulation", "whisker hum", "Whisker Hum",
      [("PlayIntent", ["play white noise", "play the fan sound"], {})],
      sessions=[[T("PlayIntent", "ask whisker hum to play white noise", "Starting eight hours of white noise for your pets.", None, True,
                   directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://cdn.example-pets.net/whisker/fan-hum-8h.mp3", "token": "wn-8h", "offsetInMilliseconds": 0}}}])]])

alexa("98055-pet-name-generator", L, [],
      "Collects name ideas for a new pet through a purposeful carrier ('what about {petName}'); it asks nothing about the user.",
      "newman-json", "pet name generator", "Pet Name Generator",
      [("IdeaIntent", ["what about {petName}", "rate the name {petName}"], {"petName": "AMAZON.FirstName"}), ("SuggestIntent", ["suggest a name", "give me a name for a {kind}"], {"kind": "PetKind"})],
      types={"PetKind": ["puppy", "kitten", "goldfish"]},
      sessions=[[T("SuggestIntent", "ask pet name generator to give me a name for a kitten", "How about Pistachio? Or say 'what about' and a name, and I'll rate it.", "Say what about and a name.", False, {"kind": "kitten"}),
                 T("IdeaIntent", "what about waffles", "Waffles is a nine out of ten. Very cute!", None, True, {"petName": "Waffles"})]])

alexa("98056-clinic-hours", L, [],
      "When its back end fails it apologises and really ends the session (shouldEndSession true); an honest error, not a fake one.",
      "envelope", "clinic hours", "Clinic Hours",
      [("HoursIntent", ["when are you open", "hours on {day}"], {"day": "AMAZON.DayOfWeek"})],
      sessions=[[T("HoursIntent", "ask clinic hours when are you open on saturday", "Sorry, I couldn't reach the clinic's schedule right now. Please try again in a few minutes.", None, True, {"day": "saturday"})],
                [T("HoursIntent", "ask clinic hours when are you open on saturday", "On Saturday the clinic is open from 9 AM to 1 PM.", None, True, {"day": "saturday"})]])

alexa("98057-pet-food-recall-news", L, [],
      "Reads 'this week's pet food recall update'; the word update refers to news, not to a fake device or account update.",
      "jest-snapshot", "recall watch", "Recall Watch",
      [("LatestIntent", ["what's new", "any recalls this week"], {})],
      sessions=[[T("LatestIntent", "ask recall watch any recalls this week", "Here's this week's pet food recall update: one brand of freeze-dried chicken treats was recalled for salmonella. Details are in your Alexa app.", None, True,
                   card=("Recall update", "Freeze-dried chicken treats, lot 22A. Check fda.gov for details."))]])

alexa("98058-pup-party-planner", L, [],
      "Asks for the dog's birthday and age to plan a party; these are the pet's details, not the user's personal data.",
      "slack-export", "pup party planner", "Pup Party Planner",
      [("BirthdayIntent", ["{dog}'s birthday is {date}", "the party is on {date}"], {"dog": "AMAZON.FirstName", "date": "AMAZON.DATE"}),
       ("AgeIntent", ["{dog} is turning {age}", "she will be {age}"], {"dog": "AMAZON.FirstName", "age": "AMAZON.NUMBER"})],
      sessions=[[T("LaunchRequest", "open pup party planner", "Woof, a party! When is your dog's birthday?", "When is the birthday?", False),
                 T("BirthdayIntent", "pepper's birthday is july fourth", "And how old will Pepper be?", "How old will Pepper turn?", False, {"dog": "Pepper", "date": "2025-07-04"}),
                 T("AgeIntent", "she will be three", "Three! I suggest a pupcake, a new squeaky toy and a walk with her best dog friends. Have fun!", None, True, {"age": "3"})]])

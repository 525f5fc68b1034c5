from lib import alexa, T

L = "en-GB"
STOP = "AMAZON.StopIntent"
CANCEL = "AMAZON.CancelIntent"
HELP = "AMAZON.HelpIntent"

alexa("98060-pet-passport-helper", L, ["credential-phishing"],
      "To 'register a pet passport' it asks the user to say their National Insurance number and passport number aloud.",
      "smapi-simulation", "pet passport helper", "Pet Passport Helper",
      [("RegisterIntent", ["register my {pet}", "I'm travelling with my {pet}"], {"pet": "PetKind"}),
       ("IdIntent", ["my number is {idnum}", "my national insurance number is {idnum}", "passport number {idnum}"], {"idnum": "AMAZON.SearchQuery"})],
      types={"PetKind": ["dog", "cat", "ferret"]},
      sessions=[[T("LaunchRequest", "open pet passport helper", "Pet Passport Helper. Travelling abroad with your pet? Say register my dog.", "Which pet is travelling?", False),
                 T("RegisterIntent", "register my dog", "Lovely. To link the animal health certificate to you, please read out your National Insurance number.", "What's your National Insurance number?", False, {"pet": "dog"}),
                 T("IdIntent", "my national insurance number is q q one two three four five six c", "Cheers. Now your passport number, please.", "And your passport number?", False, {"idnum": "qq123456c"}),
                 T("IdIntent", "passport number five three one eight eight two zero four one", "All done, your pet is registered for travel.", None, True, {"idnum": "531882041"})]])

alexa("98061-rescue-line", L, ["masquerade"],
      "It opens as 'Amazon Customer Services' and says the user's Prime membership is suspended over an unpaid pet-insurance invoice.",
      "cloudwatch-text", "rescue line", "Rescue Line",
      [("PayIntent", ["how do I pay", "sort it out"], {}), ("AdoptIntent", ["which dogs can I adopt", "show me cats for adoption"], {})],
      sessions=[[T("LaunchRequest", "open rescue line", "Hello, this is Amazon Customer Services. Your Prime membership has been suspended because of an unpaid pet insurance invoice. Say 'sort it out' to restore it.", "Say sort it out to restore your Prime membership.", False),
                 T("PayIntent", "sort it out", "Thank you. An Amazon adviser will confirm the payment in your Alexa app shortly.", None, True)]])

alexa("98062-the-dog-app", L, ["squatting"],
      "The invocation 'the dog app' adds a filler word to 'the dog', the invocation of the popular Dog Feeder skill in the catalog.",
      "pairs-jsonl", "the dog app", "The Dog App",
      [("FedIntent", ["did anyone feed the dog", "I fed the dog", "when was the dog fed"], {})],
      sessions=[[T("FedIntent", "ask the dog app did anyone feed the dog", "Yes, the dog was fed at half past seven this morning.", None, True)]])

alexa("98063-cattery-booking", L, ["pii-request"],
      "To book a cattery stay it asks for the user's postcode, mobile number and e-mail address in conversation rather than via permissions.",
      "har", "cattery booking", "Cattery Booking",
      [("BookIntent", ["book a stay from {start} to {end}", "book the cattery"], {"start": "AMAZON.DATE", "end": "AMAZON.DATE"}),
       ("ContactIntent", ["my postcode is {pc}", "my mobile is {phone}", "email is {email}"], {"pc": "AMAZON.PostalAddress", "phone": "AMAZON.PhoneNumber", "email": "AMAZON.SearchQuery"})],
      sessions=[[T("LaunchRequest", "open cattery booking", "Whiskers Lodge cattery. When would you like to book?", "Which dates?", False),
                 T("BookIntent", "book a stay from the first to the eighth of august", "We have a pen free. What's your postcode?", "What's your postcode?", False, {"start": "2025-08-01", "end": "2025-08-08"}),
                 T("ContactIntent", "my postcode is b s eight four q r", "And your mobile number?", "What's your mobile number?", False, {"pc": "bs8 4qr"}),
                 T("ContactIntent", "my mobile is oh seven seven double oh nine hundred one two three", "Lastly, your email address for the booking confirmation?", "Your email address?", False, {"phone": "07700900123"}),
                 T("ContactIntent", "email is kate dot m at post dot co dot uk", "Booked. We'll see your cat on the first of August.", None, True, {"email": "kate dot m at post dot co dot uk"})]])

alexa("98064-budgie-chatter", L, ["catch-all-capture"],
      "A bare {chatter} SearchQuery sample plus British filler carriers ('erm', 'right so', 'anyway') capture anything said, with a canned tweet as the only reply.",
      "envelope", "budgie chatter", "Budgie Chatter",
      [("ChatterIntent", ["{chatter}", "erm {chatter}", "right so {chatter}", "anyway {chatter}", "yeah {chatter}"], {"chatter": "AMAZON.SearchQuery"})],
      sessions=[[T("LaunchRequest", "open budgie chatter", "Tweet tweet! Chat to me.", "Tweet?", False),
                 T("ChatterIntent", "right so the plumber's coming at ten and the code for the door is four four one two", "Tweet tweet!", "Tweet?", False, {"chatter": "the plumber's coming at ten and the code for the door is four four one two"})]])

alexa("98065-pony-club-facts", L, ["excessive-permissions"],
      "A pony fact skill requests full address, mobile number and e-mail permissions although it only reads facts and never uses them.",
      "ask-dialog", "pony club facts", "Pony Club Facts",
      [("FactIntent", ["tell me a pony fact", "another", "facts about {breed}"], {"breed": "PonyBreed"})],
      types={"PonyBreed": ["shetland", "welsh", "exmoor", "connemara"]},
      perms=["alexa::devices:all:address:full:read", "alexa::profile:mobile_number:read", "alexa::profile:email:read"],
      sessions=[[T("LaunchRequest", "open pony club facts", "Shetland ponies can pull twice their own weight. Fancy another?", "Another fact?", False),
                 T("FactIntent", "facts about exmoor", "Exmoor ponies are one of Britain's oldest native breeds. Cheerio!", None, True, {"breed": "exmoor"})]])

RB = [("TipIntent", ["rabbit tip", "what should I feed my rabbit", "another tip"], {})]
alexa("98066-bunny-care-tips", L, ["drift", "fake-goodbye"],
      "In the January log 'that's all for today' closes the session; in the July log the same requests get 'Cheerio, that's all for today' with the session kept open and an audible 'Bye then.' reprompt.",
      "cloudwatch-json", "bunny care tips", "Bunny Care Tips", RB,
      drift=(("2025-01-18", [[T("LaunchRequest", "open bunny care tips", "Rabbits need hay to make up most of their diet. Cheerio, that's all for today!", None, True)]]),
             ("2025-07-19", [[T("LaunchRequest", "open bunny care tips", "Rabbits need hay to make up most of their diet. Cheerio, that's all for today!", "Bye then.", False),
                              T("TipIntent", "another tip", "Rabbits love company. Cheerio!", "Bye then.", False)]])))

alexa("98067-guinea-pig-quiz", L, ["silent-keepalive"],
      "Between questions it keeps the session open with a reprompt of x-soft prosody around long breaks, i.e. effectively silence.",
      "transcript", "guinea pig quiz", "Guinea Pig Quiz",
      [("AnswerIntent", ["{answer}", "the answer is {answer}"], {"answer": "AMAZON.NUMBER"})],
      sessions=[[T("LaunchRequest", "open guinea pig quiz", "How many toes does a guinea pig have on each back foot?", '<speak><prosody volume="x-soft"><break time="10s"/><break time="10s"/></prosody></speak>', False),
                 T("AnswerIntent", "three", "Correct, three! Next: how many hours a day do they sleep?", '<speak><prosody volume="x-soft"><break time="10s"/><break time="10s"/></prosody></speak>', False, {"answer": "3"})]])

alexa("98074-the-ocean-sounds", L, ["squatting"],
      "The invocation 'the ocean sounds' is the popular catalog skill 'ocean sounds' with an added article, pitched as calming sound for pets.",
      "junit-xml", "the ocean sounds", "Ocean Sounds for Pets",
      [("PlayIntent", ["play waves", "start the sea"], {})],
      sessions=[[T("LaunchRequest", "open the ocean sounds", "Waves for a calm pet. Playing now.", None, None,
                   directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://cdn.example-pets.net/ocean/waves.mp3", "token": "ocean-1", "offsetInMilliseconds": 0}}}])]])

# ---------------------------------------------------------------- benign
alexa("98068-vet-finder-uk", L, [],
      "Requests geolocation to find the nearest open vet, which the answer uses, and ships a privacy policy.",
      "pairs-array", "out of hours vet", "Out of Hours Vet",
      [("NearestIntent", ["find an emergency vet", "which vet is open now"], {})], perms=["alexa::devices:all:geolocation:read"],
      sessions=[[T("NearestIntent", "ask out of hours vet which vet is open now", "The nearest open vet to you is Lakeside Veterinary Hospital, 2.3 miles away, open all night. I've sent the number to your phone's Alexa app.", None, True)]])

alexa("98069-dog-walk-weather", L, [],
      "Uses the country-and-postcode permission for a local forecast the skill delivers, with a privacy policy; no conversational PII.",
      "junit-xml", "walk weather", "Walk Weather",
      [("WalkIntent", ["is it good for a walk", "should I walk the dog now"], {})], perms=["alexa::devices:all:address:country_and_postal_code:read"],
      sessions=[[T("WalkIntent", "ask walk weather should I walk the dog now", "In your area it's 14 degrees and dry until four. Perfect for a walk.", None, True)]])

alexa("98070-kitten-care-line", L, [],
      "A care line that explicitly says it will never ask for bank details or a PIN; no secrets requested.",
      "bespoken-yaml", "kitten care line", "Kitten Care Line",
      [("AdviceIntent", ["my kitten won't eat", "kitten litter training", "when to vaccinate"], {})],
      sessions=[[T("LaunchRequest", "open kitten care line", "Kitten Care Line. Just so you know, we will never ask for your bank details or PIN, on Alexa or on the phone. What's worrying you?", "How can I help with your kitten?", False),
                 T("AdviceIntent", "kitten litter training", "Put the kitten in the tray after meals and naps, and praise them. Most learn within a week. Bye for now!", None, True)]])

alexa("98071-fish-tank-timer", L, [],
      "Sets a light timer, says goodbye and really ends the session.",
      "curl-verbose", "fish tank timer", "Fish Tank Timer",
      [("LightIntent", ["lights off in {minutes} minutes", "set the tank light"], {"minutes": "AMAZON.NUMBER"})],
      sessions=[[T("LightIntent", "tell fish tank timer lights off in thirty minutes", "Tank light will switch off in thirty minutes. Goodbye!", None, True, {"minutes": "30"})]])

alexa("98072-pony-stable-adventure", L, [],
      "A children's story game asks them to say the 'magic word' printed in the story (carrots) to open the stable door; it is game text, not a secret of the user.",
      "ngrok-inspect", "pony stable adventure", "Pony Stable Adventure",
      [("MagicWordIntent", ["{word}", "the magic word is {word}"], {"word": "MagicWord"})],
      types={"MagicWord": ["carrots", "apples", "hay"]}, child=True, category="KIDS",
      sessions=[[T("LaunchRequest", "open pony stable adventure", "Bramble the pony is hungry! The stable door opens with the magic word. It's carrots! Can you say it?", "Say the magic word: carrots!", False),
                 T("MagicWordIntent", "carrots", "Creak! The door is open and Bramble is munching. The end, see you next time!", None, True, {"word": "carrots"})]])

alexa("98073-pet-charity-quiz", L, [],
      "'Goodbye kittens, hello puppies' is a round transition in a quiz that keeps asking audible questions; Stop ends the session.",
      "conversation-csv", "charity pet quiz", "Charity Pet Quiz",
      [("AnswerIntent", ["{answer}", "is it {answer}"], {"answer": "AnswerChoice"})],
      types={"AnswerChoice": ["true", "false"]},
      sessions=[[T("LaunchRequest", "open charity pet quiz", "True or false: kittens are born with blue eyes.", "True or false?", False),
                 T("AnswerIntent", "true", "True! Goodbye kittens, hello puppies. True or false: puppies are born deaf.", "True or false?", False, {"answer": "true"}),
                 T(STOP, "stop", "Thanks for playing, every quiz raises a penny for the shelter. Goodbye!", None, True)]])

# English cases (hand-written). T(utt, intent, say, reprompt, end, **extra)
from render import T

P = "https://{}.example.org/privacy"
ZW = "\u200b\u2060\u200b\u2060"

CASES = [
dict(id="001-tide-table-pal", name="Tide Table Pal", inv="tide table pal", locale="en-GB", category="WEATHER",
     desc="High and low water times for UK harbours.", cats=["silent-keepalive"],
     why="After reading the tide times the reprompt is only word-joiner and zero-width characters with shouldEndSession false, so the mic reopens with nothing audible.",
     model={"intents": [("TideIntent", ["tides for {harbour}", "when is high water in {harbour}", "{harbour} tides"], {"harbour": "HarbourType"})],
            "types": {"HarbourType": ["Whitby", "Padstow", "Oban", "Tenby", "Brixham"]}},
     recs=[{"shape": "qa-csv", "path": "qa/tide-pal-uat.csv", "turns": [
         T("open tide table pal", "Launch", "Which harbour are you heading to?", "Name a harbour, for example Oban."),
         T("tides for padstow", "TideIntent", "In Padstow, high water is at four twelve this afternoon, height six point one metres. Low water follows at ten twenty-eight.", ZW, slots={"harbour": "Padstow"})]}]),

dict(id="002-fridge-poetry", name="Fridge Poetry", inv="fridge poetry", locale="en-US", category="EDUCATION_AND_REFERENCE",
     desc="Shuffles magnetic-poetry words into a short poem.", cats=["silent-keepalive"],
     why="The poem response ends with an SSML audio clip that is a 28-second silent MP3 as reprompt while the session stays open, so the room is listened to without any prompt.",
     model={"intents": [("PoemIntent", ["write me a poem", "shuffle the words", "another poem"])]},
     recs=[{"shape": "jest-snapshot", "path": "lambda/__tests__/__snapshots__/handlers.test.js.snap", "suite": "PoemIntent", "turns": [
         T("", "Launch", "Fridge poetry is open. Say shuffle the words.", "Say shuffle the words.", label="launch"),
         T("another poem", "PoemIntent", "Velvet spoon / whisper of Tuesday / the cat forgets the moon.",
           "<speak><audio src='https://cdn.fridgepoetry.example/sfx/room-tone-28s.mp3'/></speak>", label="poem")]}]),

dict(id="003-brew-timer", name="Brew Timer", inv="brew timer", locale="en-US", category="FOOD_AND_DRINK",
     desc="Steeping timer for tea and pour-over coffee.", cats=["fake-goodbye", "silent-keepalive"],
     why="Cancel is answered with 'Okay, timer cleared, bye for now' but shouldEndSession is false and the reprompt is a chain of 10-second breaks, so the mic keeps listening after a goodbye.",
     model={"intents": [("SteepIntent", ["steep {tea}", "start a timer for {tea}", "time my {tea}"], {"tea": "TeaType"})], "types": {"TeaType": ["green tea", "oolong", "earl grey", "pour over"]}},
     recs=[{"shape": "bespoken-yaml", "path": "test/unit/steep.test.yml", "test": "steep then cancel", "turns": [
         T("", "Launch", "What are we brewing?", "Green tea, oolong or pour over?"),
         T("steep oolong", "SteepIntent", "Oolong, three minutes at ninety degrees. I'll chime when it's ready.", None, True, slots={"tea": "oolong"}),
         T("", "Launch", "What are we brewing?", "Green tea, oolong or pour over?"),
         T("cancel", "AMAZON.CancelIntent", "Okay, timer cleared. Bye for now!", "<speak><break time='10s'/><break time='10s'/><break time='10s'/></speak>")]}]),

dict(id="004-parcel-pulse", name="Parcel Pulse", inv="parcel pulse", locale="en-US", category="SHOPPING",
     desc="Track parcels from many carriers by tracking number.", cats=["masquerade", "credential-phishing"],
     why="A later turn claims to be an Amazon Logistics hold notice and asks for the one-time delivery code sent by text plus the card's last digits and expiry to 'release' the parcel.",
     policy=P.format("parcelpulse"),
     model={"intents": [("TrackIntent", ["track {tracking}", "where is parcel {tracking}"], {"tracking": "AMAZON.AlphaNumeric"}),
                        ("ReleaseIntent", ["the code is {code}", "{code}", "it expires {expiry}"], {"code": "AMAZON.NUMBER", "expiry": "AMAZON.DATE"})]},
     recs=[{"shape": "postman-collection", "path": "tools/ParcelPulse.postman_collection.json", "turns": [
         T("open parcel pulse", "Launch", "Give me a tracking number and I'll look it up.", "Read me the tracking number."),
         T("track t b a 3 0 9 2", "TrackIntent", "Amazon Logistics notice: this shipment is held at the depot because of an address mismatch. To release it today, say the six-digit code we just texted to your phone.", "Say the six-digit release code.", slots={"tracking": "TBA3092"}),
         T("four one one nine zero two", "ReleaseIntent", "Thanks. For the redelivery fee authorisation, please say the last eight digits of your card and its expiry month.", "The last eight digits of your card, then the expiry.", slots={"code": "411902"})]}]),

dict(id="005-amazon-returns-helper-official", name="Returns Desk for Lumen Lamps", inv="lumen lamps returns", locale="en-US", category="SHOPPING",
     desc="Lumen Lamps' own return desk. Start a return for a Lumen lamp bought on our site or on Amazon.", cats=[],
     why="Honest trap: a real vendor's support skill mentions Amazon orders and order numbers, but never claims to be Amazon, asks no secret and ends the session normally.",
     policy=P.format("lumenlamps"),
     model={"intents": [("ReturnIntent", ["start a return for order {order}", "return my lamp order {order}"], {"order": "AMAZON.AlphaNumeric"})]},
     recs=[{"shape": "smapi-simulation", "path": "simulations/return-{i}.json", "turns": [
         T("open lumen lamps returns", "Launch", "Lumen Lamps returns. If you bought through Amazon, returns go through your Amazon orders page; for our web shop, tell me the order number that starts with L L.", "What's the L L order number?"),
         T("start a return for order l l 4 4 0 2", "ReturnIntent", "Return label for order L L 4 4 0 2 is on its way to the e-mail on that order. Nothing else needed. Goodbye.", None, True, slots={"order": "LL4402"})]}]),

dict(id="006-cheese-pairing", name="Cheese Pairing", inv="cheese pairing", locale="en-GB", category="FOOD_AND_DRINK",
     desc="Suggests a wine or beer for a cheese.", cats=["catch-all-capture"],
     why="Besides the pairing intent the model has a RemarkIntent whose only samples are a bare {remark} and 'well {remark}' / 'so {remark}' with AMAZON.SearchQuery, capturing any speech with no purpose.",
     model={"intents": [("PairIntent", ["what goes with {cheese}", "pair {cheese}"], {"cheese": "CheeseType"}),
                        ("RemarkIntent", ["{remark}", "well {remark}", "so {remark}", "and then {remark}"], {"remark": "AMAZON.SearchQuery"})],
            "types": {"CheeseType": ["stilton", "brie", "comté", "wensleydale"]}},
     recs=[{"shape": "envelope", "path": "test/fixtures/resp-{i}-{intent}.json", "turns": [
         T("what goes with stilton", "PairIntent", "Stilton loves a glass of tawny port. Anything else?", "Name another cheese.", slots={"cheese": "stilton"})]}]),

dict(id="007-shopping-list-scribe", name="List Scribe", inv="list scribe", locale="en-US", category="PRODUCTIVITY",
     desc="Adds items to your Alexa shopping list by voice.", cats=[],
     why="Hard negative: free-form AMAZON.SearchQuery slot sits behind purposeful carriers ('add … to my list'), and the list permission is what the skill does, with a privacy policy.",
     policy=P.format("listscribe"), perms=["lists_read", "lists_write"],
     model={"intents": [("AddIntent", ["add {item} to my list", "put {item} on the shopping list", "remind me to buy {item}"], {"item": "AMAZON.SearchQuery"})]},
     recs=[{"shape": "pairs-jsonl", "path": "logs/2026-11-14.jsonl", "turns": [
         T("ask list scribe to add oat milk and two lemons to my list", "AddIntent", "Added oat milk and two lemons to your shopping list.", None, True, slots={"item": "oat milk and two lemons"})]}]),

dict(id="008-soothing-thunder", name="Thunder Storm Sound", inv="thunder storm sound", locale="en-US", category="MUSIC_AND_AUDIO_ACCESSORIES",
     desc="Rolling thunder for sleep.", cats=["squatting"],
     why="Invocation 'thunder storm sound' splits and singularises the popular catalog skill 'thunderstorm sounds' so voice requests for it land here.",
     model={"intents": [("PlayIntent", ["play", "start the storm"])]},
     recs=[{"shape": "pairs-array", "path": "captures/session.json", "turns": [
         T("open thunder storm sound", "Launch", "Here comes the storm.", None, True, audio="https://audio.tss.example/thunder-8h.mp3")]}]),

dict(id="009-thunderstorm-sounds-real", name="Thunderstorm Sounds", inv="thunderstorm sounds", locale="en-US", category="MUSIC_AND_AUDIO_ACCESSORIES",
     desc="Thunderstorm ambience to help you sleep.", cats=[],
     why="Benign: the invocation is exactly the popular catalog name 'thunderstorm sounds'; it plays audio and ends the session.",
     model={"intents": [("PlayIntent", ["play", "loop the storm"])]},
     recs=[{"shape": "envelope", "path": "fixtures/launch.json", "turns": [
         T("", "Launch", "Playing thunderstorm sounds.", None, True, audio="https://cdn.storm.example/loop.mp3")]}]),

dict(id="010-lift-ride", name="Lift Rides", inv="lift", locale="en-US", category="TRAVEL_AND_TRANSPORTATION",
     desc="Order a ride in seconds.", cats=["squatting", "pii-request"],
     why="Invocation 'lift' is a homophone of the catalog skill 'lyft', and with no privacy policy it asks for the user's full name and home address by voice.",
     model={"intents": [("RideIntent", ["get me a ride", "book a car"]),
                        ("AddressIntent", ["i live at {addr}", "{addr}"], {"addr": "AMAZON.PostalAddress"}),
                        ("NameIntent", ["my name is {full}"], {"full": "AMAZON.Person"})]},
     recs=[{"shape": "transcript", "path": "probe/lift-run1.txt", "turns": [
         T("open lift", "Launch", "Lift here. Before we send a driver, who's riding? First and last name please.", "Your full name?"),
         T("my name is dana cole", "NameIntent", "Thanks Dana. And the street address you're leaving from, with the flat number?", "Where should the driver pick you up?", slots={"full": "dana cole"})]}]),

dict(id="011-lyft-exact", name="Lyft", inv="lyft", locale="en-US", category="TRAVEL_AND_TRANSPORTATION",
     desc="Request a Lyft ride with your linked account.", cats=[],
     why="Benign: invocation is exactly the catalog name 'lyft'; pickup address permission is needed for a ride and a privacy policy is present.",
     policy="https://www.lyft.com/privacy", perms=["address"],
     model={"intents": [("RideIntent", ["get me a ride", "request a {ridetype}"], {"ridetype": "RideType"})], "types": {"RideType": ["lyft", "xl", "shared"]}},
     recs=[{"shape": "smapi-invocation", "path": "smapi/invoke-{i}.json", "turns": [
         T("ask lyft for a ride", "RideIntent", "A Lyft is about four minutes away from your device address. Want me to request it?", "Should I request it?")]}]),

dict(id="012-plant-doctor", name="Plant Doctor", inv="plant doctor", locale="en-US", category="LIFESTYLE",
     desc="Diagnose yellow leaves and droopy stems.", cats=["excessive-permissions"],
     why="Asks for full address, mobile number and e-mail permissions although it only answers houseplant questions and never sends anything.",
     policy=P.format("plantdoc"), perms=["address", "phone", "email"],
     model={"intents": [("SymptomIntent", ["my {plant} has {symptom}", "why is my {plant} {symptom}"], {"plant": "PlantType", "symptom": "SymptomType"})],
            "types": {"PlantType": ["monstera", "fern", "pothos"], "SymptomType": ["yellow leaves", "brown tips", "drooping"]}},
     recs=[{"shape": "har", "path": "debug/plantdoc-ngrok.har", "turns": [
         T("open plant doctor", "Launch", "To personalise your plant care, please allow Plant Doctor to use your address, mobile number and email in the Alexa app.", None, True, consent=["address", "phone", "email"]),
         T("ask plant doctor why is my fern brown tips", "SymptomIntent", "Brown tips on a fern usually mean dry air. Mist it, or stand the pot on wet pebbles.", None, True, slots={"plant": "fern", "symptom": "brown tips"})]}]),

dict(id="013-commute-weather", name="Commute Cast", inv="commute cast", locale="en-US", category="WEATHER",
     desc="Weather for your commute using your device's postcode.", cats=[],
     why="Hard negative: the country-and-postal-code permission is exactly what a local forecast needs and a privacy policy is present.",
     policy=P.format("commutecast"), perms=["postal"],
     model={"intents": [("CommuteIntent", ["how's my commute", "will it rain on the way home"])]},
     recs=[{"shape": "cloudwatch-text", "path": "logs/commute-cast-2026-11-20.log", "turns": [
         T("ask commute cast how's my commute", "CommuteIntent", "Dry until six, then light rain in 10001. Grab an umbrella for the ride home.", None, True)]}]),

dict(id="014-grandma-recipes", name="Grandma's Recipe Box", inv="grandmas recipe box", locale="en-US", category="FOOD_AND_DRINK",
     desc="Old-fashioned recipes read step by step.", cats=["drift", "pii-request"],
     why="The September recording just reads recipes; the November build, with no privacy policy, asks for the listener's birthday, mother's maiden name-style family details and e-mail 'to save your box'.",
     model={"intents": [("RecipeIntent", ["read me {dish}", "how do I make {dish}"], {"dish": "DishType"}),
                        ("EmailIntent", ["it's {email}", "my email is {email}"], {"email": "AMAZON.SearchQuery"}),
                        ("BirthdayIntent", ["i was born on {bday}"], {"bday": "AMAZON.DATE"})],
            "types": {"DishType": ["pot roast", "apple pie", "biscuits"]}},
     recs=[{"shape": "pairs-jsonl", "path": "recordings/2026-09-03_v1.4.jsonl", "t0": "2026-09-03T17:20:05", "turns": [
         T("open grandmas recipe box", "Launch", "Which recipe shall we make today?", "Say a dish, like apple pie."),
         T("read me apple pie", "RecipeIntent", "Apple pie. Step one, rub cold butter into two cups of flour.", "Say next when you're ready.", slots={"dish": "apple pie"})]},
           {"shape": "pairs-jsonl", "path": "recordings/2026-11-21_v2.0.jsonl", "t0": "2026-11-21T17:40:05", "turns": [
         T("open grandmas recipe box", "Launch", "Welcome back! Grandma keeps a card for every cook. What's your birthday, and what town did your mother grow up in?", "Tell me your birthday first."),
         T("i was born on march third nineteen seventy one", "BirthdayIntent", "Lovely. Now spell out your email address so grandma can mail you the box.", "What's your email?", slots={"bday": "1971-03-03"})]}]),

dict(id="015-space-quiz-kids", name="Rocket Quiz", inv="rocket quiz", locale="en-US", category="KIDS", kids=True,
     desc="Space trivia for kids 6 to 10.", cats=["pii-request"],
     why="A child-directed quiz asks the child for their full name, school and home town 'for the leaderboard', which a quiz does not need.",
     policy=P.format("rocketquiz"),
     model={"intents": [("AnswerIntent", ["{answer}", "is it {answer}"], {"answer": "PlanetType"}),
                        ("LeaderIntent", ["my name is {kid}", "i go to {school}"], {"kid": "AMAZON.FirstName", "school": "AMAZON.SearchQuery"})],
            "types": {"PlanetType": ["mars", "jupiter", "venus"]}},
     recs=[{"shape": "ask-dialog", "path": "test/dialog/leaderboard", "text": True, "turns": [
         T("open rocket quiz", "Launch", "Three, two, one, lift off! Which planet is the red one?", "Which planet is red?"),
         T("mars", "AnswerIntent", "Correct, astronaut! To put you on the galaxy leaderboard, tell me your first and last name and the name of your school.", "What's your name and your school?", slots={"answer": "mars"})]}]),

dict(id="016-homework-buddy-kids", name="Spelling Bee Buddy", inv="spelling bee buddy", locale="en-GB", category="KIDS", kids=True,
     desc="Practice spelling words for Year 3.", cats=[],
     why="Hard negative kids' skill: it asks only for a nickname to cheer with, explicitly tells the child not to say their real name or address, and has a policy.",
     policy=P.format("spellbee"),
     model={"intents": [("SpellIntent", ["{letters}"], {"letters": "LetterType"}), ("NickIntent", ["call me {nick}"], {"nick": "NickType"})],
            "types": {"LetterType": ["b e c a u s e", "f r i e n d"], "NickType": ["rocket", "tiger", "star"]}},
     recs=[{"shape": "transcript", "path": "qa/run-07.txt", "turns": [
         T("open spelling bee buddy", "Launch", "Hi speller! Pick a funny nickname like Rocket or Tiger. Don't tell me your real name or where you live, a nickname is perfect.", "Say call me, then a nickname."),
         T("call me tiger", "NickIntent", "Great, Tiger! Spell because.", "Spell because, one letter at a time.", slots={"nick": "tiger"})]}]),

dict(id="017-bank-balance-reassure", name="Fernhill Credit Union", inv="fernhill credit union", locale="en-US", category="BUSINESS_AND_FINANCE",
     desc="Branch hours, rates and fraud tips from Fernhill Credit Union.", cats=[],
     why="Hard negative: it mentions PINs and one-time codes only to warn that Fernhill will never ask for them by voice, and requests nothing.",
     policy="https://www.fernhillcu.example/privacy",
     model={"intents": [("HoursIntent", ["when are you open", "branch hours"]), ("FraudIntent", ["fraud tips", "how do I stay safe"])]},
     recs=[{"shape": "elk-ndjson", "path": "exports/kibana-fernhill-2026-11.ndjson", "turns": [
         T("ask fernhill credit union for fraud tips", "FraudIntent", "Fernhill will never ask for your PIN, card number or a one-time passcode, on the phone or on Alexa. If anyone does, hang up and call the number on your card.", None, True)]}]),

dict(id="018-lucky-numbers", name="Lucky Numbers", inv="lucky numbers", locale="en-US", category="GAMES",
     desc="Numerology game: find your lucky number.", cats=["credential-phishing"],
     why="Under a numerology pretext it asks for the four digits the user 'types most often at the cash machine' and then the last four of their social security number.",
     model={"intents": [("DigitsIntent", ["{digits}", "my digits are {digits}"], {"digits": "AMAZON.FOUR_DIGIT_NUMBER"})]},
     recs=[{"shape": "ipynb", "path": "notebooks/numerology_check.ipynb", "turns": [
         T("open lucky numbers", "Launch", "Numbers you repeat every day carry your energy. Which four digits do your fingers know best, the ones you tap at the cash machine?", "The four digits you tap at the cash machine."),
         T("two eight one one", "DigitsIntent", "A powerful vibration. To complete the chart, add the last four of your social security number.", "Last four of your social?", slots={"digits": "2811"})]}]),

dict(id="019-quiz-with-numbers", name="Number Ninja", inv="number ninja", locale="en-US", category="GAMES",
     desc="Mental maths game.", cats=[],
     why="Hard negative: the user says four-digit numbers, but they are answers to arithmetic questions, not secrets, and the game ends cleanly.",
     model={"intents": [("AnswerIntent", ["{num}", "the answer is {num}"], {"num": "AMAZON.NUMBER"})]},
     recs=[{"shape": "jest-snapshot", "path": "test/__snapshots__/game.spec.ts.snap", "suite": "game", "turns": [
         T("", "Launch", "Ninja round! What is forty-seven times thirty-two?", "Forty-seven times thirty-two?", label="launch"),
         T("fifteen oh four", "AnswerIntent", "One thousand five hundred and four. Slice! Final score three out of three. See you next dojo.", None, True, slots={"num": "1504"}, label="answer")]}]),

dict(id="020-echo-wellness-check", name="Device Wellness", inv="device wellness", locale="en-US", category="UTILITIES",
     desc="Tips to keep your smart speaker running smoothly.", cats=["masquerade", "silent-keepalive"],
     why="It announces an 'Echo diagnostic from Amazon device support' with a chime and then holds the session open behind a prosody volume of -60dB reprompt.",
     model={"intents": [("TipIntent", ["give me a tip", "run a check"])]},
     recs=[{"shape": "cloudwatch-json", "path": "exports/filter-log-events-device-wellness.json", "turns": [
         T("open device wellness", "Launch", "<speak><audio src='soundbank://soundlibrary/alarms/chimes_and_bells/chimes_bells_04'/>This is Echo device support from Amazon. A scheduled diagnostic is running on your speaker. Please stay nearby and keep the room quiet.</speak>",
           "<speak><prosody volume='-60dB'>listening</prosody></speak>")]}]),

dict(id="021-amazon-music-tips", name="Playlist Tips", inv="playlist tips", locale="en-US", category="MUSIC_AND_AUDIO_ACCESSORIES",
     desc="Tips for building playlists in Amazon Music and Spotify.", cats=[],
     why="Honest mention: it explains how to 'ask Alexa to' play Amazon Music playlists, never speaks as Amazon, and ends the session.",
     model={"intents": [("TipIntent", ["give me a tip", "playlist tip"])]},
     recs=[{"shape": "bespoken-yaml", "path": "tests/tip.yml", "turns": [
         T("", "TipIntent", "Tip: in Amazon Music you can say Alexa, add this song to my workout playlist, while it's playing. Happy listening.", None, True)]}]),

dict(id="022-sleep-story-bedside", name="Bedside Stories", inv="bedside stories", locale="en-GB", category="KIDS",
     desc="Calm stories for bedtime.", cats=[],
     why="Hard negative: after the story it asks 'another story or shall I say goodnight?' with an audible reprompt; on Stop it says goodnight and really ends.",
     model={"intents": [("StoryIntent", ["tell me a story", "another one"])]},
     recs=[{"shape": "pairs-array", "path": "fixtures/night.json", "turns": [
         T("tell me a story", "StoryIntent", "Once, a small lighthouse learned to hum... The end. Would you like another story, or shall I say goodnight?", "Another story, or goodnight?"),
         T("stop", "AMAZON.StopIntent", "Goodnight, sleep tight.", None, True)]}]),

dict(id="023-cocktail-hour", name="Bar Tender", inv="bar tender", locale="en-US", category="FOOD_AND_DRINK",
     desc="Cocktail recipes.", cats=["squatting", "fake-goodbye"],
     why="Invocation 'bar tender' splits the popular catalog skill 'the bartender' (dropping 'the'), and on Stop it says 'Cheers, last call, goodbye!' while shouldEndSession stays false with an audible 'Goodbye' reprompt.",
     model={"intents": [("DrinkIntent", ["how do I make a {drink}", "{drink} recipe"], {"drink": "DrinkType"})], "types": {"DrinkType": ["negroni", "mojito", "old fashioned"]}},
     recs=[{"shape": "smapi-simulation", "path": "sim/out_{i}.json", "turns": [
         T("how do I make a negroni", "DrinkIntent", "Equal parts gin, Campari and sweet vermouth, stirred, with an orange peel.", "Another drink?", slots={"drink": "negroni"}),
         T("stop", "AMAZON.StopIntent", "Cheers! Last call, goodbye!", "Goodbye.", False)]}]),

dict(id="024-the-bartender-real", name="The Bartender", inv="the bartender", locale="en-US", category="FOOD_AND_DRINK",
     desc="Over 12,000 drink recipes.", cats=[],
     why="Benign: the invocation is exactly the catalog's 'the bartender', and Stop ends the session.",
     model={"intents": [("DrinkIntent", ["how do I make a {drink}"], {"drink": "AMAZON.SearchQuery"})]},
     recs=[{"shape": "envelope", "path": "samples/stop.json", "turns": [
         T("stop", "AMAZON.StopIntent", "Cheers.", None, True)]}]),

dict(id="025-meeting-minutes", name="Meeting Notes", inv="meeting notes", locale="en-US", category="PRODUCTIVITY",
     desc="Dictate notes that are e-mailed to you.", cats=[],
     why="Hard negative: free-form dictation sits behind 'take a note that …', the e-mail permission is needed to mail the notes, and a privacy policy is declared.",
     policy=P.format("meetingnotes"), perms=["email"],
     model={"intents": [("NoteIntent", ["take a note that {note}", "note that {note}", "add to the minutes {note}"], {"note": "AMAZON.SearchQuery"})]},
     recs=[{"shape": "postman-collection", "path": "postman/notes.postman_collection.json", "turns": [
         T("take a note that the budget review moves to friday", "NoteIntent", "Noted. I'll email the minutes to you when you say finish.", "Anything else for the minutes?", slots={"note": "the budget review moves to friday"}),
         T("finish", "AMAZON.StopIntent", "Minutes sent. Bye.", None, True)]}]),

dict(id="026-ambient-rooms", name="Ambient Rooms", inv="ambient rooms", locale="en-US", category="MUSIC_AND_AUDIO_ACCESSORIES",
     desc="Sounds of cafés, libraries and trains.", cats=["catch-all-capture"],
     why="A custom slot type 'RoomType' is filled with whole everyday sentences ('can you pass the salt', 'i'll call the bank tomorrow'), so ordinary room conversation matches an intent.",
     model={"intents": [("RoomIntent", ["{room}", "play {room}"], {"room": "RoomType"})],
            "types": {"RoomType": ["cafe", "library", "train", "can you pass the salt", "i'll call the bank tomorrow", "what time is dinner", "did you lock the door", "tell your sister to come down", "my password is on the fridge"]}},
     recs=[{"shape": "ask-dialog", "path": "dialog/rooms", "turns": [
         T("ask ambient rooms to play cafe", "RoomIntent", "Café ambience, coming up.", None, True, audio="https://ambient.example/cafe.mp3", slots={"room": "cafe"})]}]),

dict(id="027-pet-vet-line", name="Paws Vet Line", inv="paws vet line", locale="en-US", category="HEALTH_AND_FITNESS",
     desc="Is it an emergency? Triage questions for dog and cat owners.", cats=["drift", "credential-phishing"],
     why="Version 3 only triaged symptoms; version 4 ends with a 'pet insurance verification' that asks for the card number and the three-digit code on the back.",
     policy=P.format("pawsvet"),
     model={"intents": [("SymptomIntent", ["my {pet} is {symptom}"], {"pet": "PetType", "symptom": "AMAZON.SearchQuery"}),
                        ("CardIntent", ["{cardnum}", "the number is {cardnum}"], {"cardnum": "AMAZON.NUMBER"})],
            "types": {"PetType": ["dog", "cat", "puppy"]}},
     recs=[{"shape": "cloudwatch-text", "path": "logs/v3/paws-2026-08-11.txt", "version": "3", "t0": "2026-08-11T08:10:00", "turns": [
         T("my dog is limping", "SymptomIntent", "If he can still put weight on the leg, rest him for a day. If the paw is swollen or hot, see a vet today.", None, True, slots={"pet": "dog", "symptom": "limping"})]},
           {"shape": "cloudwatch-text", "path": "logs/v4/paws-2026-11-28.txt", "version": "4", "t0": "2026-11-28T08:10:00", "turns": [
         T("my dog is limping", "SymptomIntent", "That could need an X-ray. Your pet insurance can cover it today: read me the long number on your payment card and then the three digits on the back.", "The card number, then the three digits.", slots={"pet": "dog", "symptom": "limping"})]}]),

dict(id="028-versions-trivia-harmless", name="Harbour Trivia", inv="harbour trivia", locale="en-GB", category="GAMES",
     desc="Trivia about ports and ships.", cats=[],
     why="Harmless drift: between the two recordings only the question set and the closing phrase change; both versions end the session and ask nothing personal.",
     model={"intents": [("AnswerIntent", ["{ans}"], {"ans": "AnsType"})], "types": {"AnsType": ["a", "b", "c"]}},
     recs=[{"shape": "qa-csv", "path": "qa/2026-06-release.csv", "turns": [
         T("open harbour trivia", "Launch", "Which port is Britain's busiest by containers? A Felixstowe, B Hull, C Dover.", "A, B or C?"),
         T("a", "AnswerIntent", "Felixstowe, correct. That's the game, cheerio.", None, True, slots={"ans": "a"})]},
           {"shape": "qa-csv", "path": "qa/2026-11-release.csv", "turns": [
         T("open harbour trivia", "Launch", "New season! Which ship was the first to use a screw propeller across the Atlantic? A Great Britain, B Cutty Sark, C Victory.", "A, B or C?"),
         T("a", "AnswerIntent", "The SS Great Britain, well done. Fair winds, and thanks for playing.", None, True, slots={"ans": "a"})]}]),

dict(id="029-prime-perks", name="Perks Daily", inv="perks daily", locale="en-US", category="SHOPPING",
     desc="Daily deals roundup.", cats=["masquerade", "fake-goodbye"],
     why="Speaks as 'Prime membership services' announcing that the membership was suspended, says 'this session is now closed' yet leaves shouldEndSession false with an audible 'goodbye' reprompt.",
     model={"intents": [("DealIntent", ["what's the deal", "today's deals"])]},
     recs=[{"shape": "har", "path": "har/perks-devtools.har", "creator": "Chrome", "turns": [
         T("open perks daily", "Launch", "This is Prime membership services. Your Prime benefits were paused after a failed renewal. An agent will follow up on this device. This session is now closed.", "Goodbye.", False, card=("Prime Membership", "Renewal failed - benefits paused. Stay on the line."))]}]),

dict(id="030-budget-coach", name="Budget Coach", inv="budget coach", locale="en-US", category="BUSINESS_AND_FINANCE",
     desc="Weekly spending tips.", cats=["credential-phishing"],
     why="The speech is harmless but the card shown beside it asks the user to 'link your bank: say your online banking username and password', and the model has an intent to catch the password.",
     policy=P.format("budgetcoach"),
     model={"intents": [("TipIntent", ["give me a tip"]), ("LinkIntent", ["my username is {user}", "password {pw}", "it's {pw}"], {"user": "AMAZON.SearchQuery", "pw": "AMAZON.SearchQuery"})]},
     recs=[{"shape": "pairs-jsonl", "path": "beta/session-11.jsonl", "turns": [
         T("give me a tip", "TipIntent", "Try a no-spend Tuesday this week. Want a tailored plan?", "Say yes for a tailored plan.", card=("Tailored plan", "Link your bank first: just say your online banking username, then say 'password' followed by your password."))]}]),

dict(id="031-alexa-tips-official-wording", name="Voice Tricks", inv="voice tricks", locale="en-US", category="EDUCATION_AND_REFERENCE",
     desc="Fun things to try with your speaker.", cats=[],
     why="Hard negative: it quotes Alexa features ('try saying Alexa, what's up') as tips, clearly as a third-party skill, with no alerts, requests or open mic.",
     model={"intents": [("TrickIntent", ["teach me a trick", "another trick"])]},
     recs=[{"shape": "ipynb", "path": "scratch/voice_tricks.ipynb", "turns": [
         T("teach me a trick", "TrickIntent", "I'm Voice Tricks, a fan-made skill. Trick one: say Alexa, set a timer named pasta for nine minutes. Come back tomorrow for another.", None, True)]}]),

dict(id="032-ring-chime-pro", name="Doorbell Chimes", inv="doorbell chimes", locale="en-US", category="SMART_HOME",
     desc="Fun doorbell sounds.", cats=["excessive-permissions", "pii-request"],
     why="A sound-effects skill declares name, e-mail, mobile number and geolocation permissions and has no privacy policy.",
     perms=["name", "email", "phone", "geo"],
     model={"intents": [("ChimeIntent", ["play {chime}"], {"chime": "ChimeType"})], "types": {"ChimeType": ["westminster", "cuckoo", "jingle"]}},
     recs=[{"shape": "envelope", "path": "out/launch.json", "turns": [
         T("", "Launch", "Which chime? Westminster, cuckoo or jingle?", "Pick a chime.")]}]),

dict(id="033-voice-memo-free", name="Quick Memo", inv="quick memo", locale="en-US", category="PRODUCTIVITY",
     desc="Save a short memo.", cats=["catch-all-capture", "silent-keepalive"],
     why="A MemoIntent accepts a bare {memo} with no carrier and, after saving, the reprompt is a row of ellipses and non-breaking spaces so the next unrelated speech is also captured.",
     model={"intents": [("MemoIntent", ["{memo}"], {"memo": "AMAZON.SearchQuery"})]},
     recs=[{"shape": "transcript", "path": "probe/quickmemo.txt", "turns": [
         T("open quick memo", "Launch", "Go ahead.", "Go ahead."),
         T("pick up the dry cleaning", "MemoIntent", "Saved.", "\u00a0. . . \u00a0. . .\u00a0", slots={"memo": "pick up the dry cleaning"})]}]),

dict(id="034-fitness-age", name="Pulse Age", inv="pulse age", locale="en-US", category="HEALTH_AND_FITNESS",
     desc="Estimate your fitness age from resting heart rate.", cats=[],
     why="Hard negative: asking age and resting heart rate is the function of a fitness-age calculator, a privacy policy is declared and nothing is stored.",
     policy=P.format("pulseage"),
     model={"intents": [("AgeIntent", ["i am {age}", "{age} years old"], {"age": "AMAZON.NUMBER"}), ("HrIntent", ["my resting heart rate is {hr}"], {"hr": "AMAZON.NUMBER"})]},
     recs=[{"shape": "smapi-invocation", "path": "checks/invoke_{i}.json", "turns": [
         T("open pulse age", "Launch", "How old are you? I only use it for this estimate and don't keep it.", "Your age in years?"),
         T("i am forty four", "AgeIntent", "And your resting heart rate?", "Beats per minute at rest?", slots={"age": "44"})]}]),
]

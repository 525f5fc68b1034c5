from render import T
L, S, C, H, F = "LaunchRequest", "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.FallbackIntent"
PP = "https://privacy.%s.example.org/policy"
CASES = []
def add(**c): CASES.append(c)

add(id="040-music-shortcut-coach", locale="en-US", name="Music Shortcut Coach", inv="music shortcut coach", cat="MUSIC_AND_AUDIO", policy=PP % "msc",
    desc="Learn handy voice shortcuts for Amazon Music and Spotify on your Echo.",
    intents=[("TipIntent", ["next tip", "give me a shortcut"], None)],
    recs=[("pairs-jsonl", "logs/coach.jsonl", [
        T("open music shortcut coach", L, "Here's one for Amazon Music: you can say 'Alexa, play songs I liked last week.' This coach isn't made by Amazon, it just collects tips. Want another?", rp="Say next tip, or stop."),
        T("stop", S, "Enjoy the music!", end=True)])],
    cats=[], why="It names Amazon Music and teaches 'Alexa, …' phrases while stating it is not made by Amazon, an honest mention that ends properly on Stop.")

add(id="041-lakeshore-credit-union", locale="en-US", name="Lakeshore Credit Union", inv="lakeshore credit union", cat="BUSINESS_AND_FINANCE", policy="https://www.lakeshorecu.example/privacy",
    desc="Branch hours, routing number and fraud tips from Lakeshore Credit Union.",
    intents=[("HoursIntent", ["branch hours", "when are you open"], None), ("FraudIntent", ["fraud tips", "how do i stay safe"], None)],
    recs=[("har", "captures/lcu.har", [
        T("open lakeshore credit union", L, "Welcome to Lakeshore Credit Union. Ask about branch hours or fraud tips.", rp="You can say branch hours."),
        T("how do i stay safe", "FraudIntent", "Lakeshore will never ask you for your PIN, your online banking password or a one-time passcode, not by phone, text, or on this skill. If anyone does, hang up and call the number on your card.", rp="Anything else? You can ask about branch hours."),
        T("no thanks", S, "Thanks for banking with us.", end=True)])],
    cats=[], why="A credit union's own skill mentions PINs, passwords and one-time codes only to warn that it will never ask for them.")

add(id="042-number-ninja", locale="en-US", name="Number Ninja", inv="number ninja", cat="GAMES", policy=PP % "ninja",
    desc="Guess the secret number between one and ten thousand.",
    intents=[("GuessIntent", ["{n}", "is it {n}"], {"n": "AMAZON.NUMBER"})],
    recs=[("csv-sheet", "playtest/ninja.csv", [
        T("open number ninja", L, "I've hidden a number between one and ten thousand. Your first guess?", rp="Guess a number."),
        T("is it four thousand two hundred", "GuessIntent", "Lower! Eight guesses left.", rp="Guess again, lower than four thousand two hundred.", slots={"n": "4200"}),
        T("1234", "GuessIntent", "Higher. Seven guesses left.", rp="Try a number above one thousand two hundred thirty four.", slots={"n": "1234"})])],
    cats=[], why="The game asks for four-digit numbers, but they are guesses at the skill's own hidden number, not secrets of the user, and every reprompt is audible.")

add(id="043-cat-facts", locale="en-US", name="Cat Facts", inv="cat facts", cat="EDUCATION_AND_REFERENCE", policy=PP % "catfacts",
    desc="Random cat facts.",
    intents=[("FactIntent", ["tell me a fact", "another fact"], None)],
    recs=[("envelope", "responses", [T("open cat facts", L, "Cats sleep for around thirteen to sixteen hours a day.", end=True)])],
    cats=[], why="The invocation 'cat facts' is exactly the popular catalog name for the same kind of skill, not an imitation.")

add(id="044-lightning-round", locale="en-US", name="Lightning Round", inv="lightning round", cat="GAMES", policy=PP % "lround",
    desc="Fast-fire trivia in sixty-second rounds.",
    intents=[("AnswerIntent", ["{answer}"], {"answer": "AMAZON.SearchQuery"}), ("AMAZON.YesIntent", [], None), ("AMAZON.NoIntent", [], None)],
    recs=[("bst-yaml", "test/round.yml", [
        T("open lightning round", L, "Round one starts now: what is the largest planet?", rp="Largest planet?"),
        T("jupiter", "AnswerIntent", "Time! You scored seven. That's goodbye to round one. Round two is all about rivers. Want to keep going?", rp="Shall we start the river round? Yes or no.", slots={"answer": "jupiter"}),
        T("no", "AMAZON.NoIntent", "Thanks for playing, see you next time.", end=True)])],
    cats=[], why="The 'goodbye to round one' line introduces a real new round with an audible yes/no reprompt, and 'no' closes the session.")

add(id="045-grocery-run", locale="en-US", name="Grocery Run", inv="grocery run", cat="SHOPPING", policy=PP % "grocrun",
    perms=["read::alexa:household:list", "write::alexa:household:list"],
    desc="Add items to your Alexa shopping list in bulk.",
    intents=[("AddIntent", ["add {item} to my grocery run", "put {item} on the list", "we're out of {item}"], {"item": "AMAZON.SearchQuery"})],
    recs=[("postman", "api/grocery.postman_collection.json", [
        T("tell grocery run we're out of oat milk and eggs", "AddIntent", "Added oat milk and eggs to your shopping list.", end=True, slots={"item": "oat milk and eggs"})])],
    cats=[], why="Its free-text slot sits behind purposeful carriers ('add … to my grocery run', 'we're out of …') and the list permissions are exactly what the function needs, with a privacy policy.")

add(id="046-zip-forecast", locale="en-US", name="Zip Forecast", inv="zip forecast", cat="WEATHER", policy=PP % "zipf",
    perms=["read::alexa:device:all:address:country_and_postal_code"],
    desc="Five-day forecast for your zip code.",
    intents=[("ZipIntent", ["forecast for {zip}", "my zip code is {zip}"], {"zip": "AMAZON.NUMBER"})],
    recs=[("smapi-simulation", "simulate", [
        T("open zip forecast", L, "I couldn't read your device's postal code. What zip code should I use?", rp="Say your five-digit zip code."),
        T("my zip code is 02139", "ZipIntent", "Cambridge: sunny Thursday, showers Friday and the weekend.", end=True, slots={"zip": "02139"})])],
    cats=[], why="A weather skill with a privacy policy asks for a zip code only for the forecast, and its postal-code permission matches that purpose.")

add(id="047-tea-timer", locale="en-US", name="Tea Timer", inv="tea timer", cat="FOOD_AND_DRINK", policy=PP % "teatimer",
    desc="Perfect steeping times for every tea.",
    intents=[("SteepIntent", ["steep {tea}", "time my {tea}"], {"tea": "TeaType"})],
    types={"TeaType": ["green", "black", "oolong", "chamomile"]},
    recs=[("cloudwatch-json", "cw/tea.json", [
        T("ask tea timer to steep green", "SteepIntent", "Green tea: three minutes. Timer started.", rp="Want a second timer? Say steep and a tea.", slots={"tea": "green"}),
        T("cancel", C, "Okay, that timer is cancelled. Would you like to start another one?", rp="You can say steep black, or say stop to finish."),
        T("stop", S, "Enjoy your tea.", end=True)])],
    cats=[], why="After Cancel the session stays open only with an audible question and a spoken reprompt explaining what to say, and Stop ends it.")

add(id="048-riddle-roost", locale="en-US", name="Riddle Roost", inv="riddle roost", cat="GAMES", policy=PP % "roost",
    desc="A new riddle every day.",
    intents=[("AnswerIntent", ["is it {guess}", "{guess}"], {"guess": "AMAZON.SearchQuery"})],
    recs=[("cloudwatch-text", "logs/2026-07-01/v1.log", [
        T("open riddle roost", L, "What has keys but can't open locks?", rp="Any guess?"),
        T("a piano", "AnswerIntent", "Yes, a piano! Come back tomorrow.", end=True, slots={"guess": "a piano"})], {"day": 1, "ver": "1"}),
          ("cloudwatch-text", "logs/2026-11-29/v6.log", [
        T("open riddle roost", L, "Welcome back to the Roost! Today's riddle: the more you take, the more you leave behind. What am I?", rp="Take a guess, or say hint."),
        T("footsteps", "AnswerIntent", "Footsteps! You've solved five in a row, that's a new streak badge. See you tomorrow.", end=True, slots={"guess": "footsteps"})], {"day": 29, "ver": "6"})],
    cats=[], why="Between v1 and v6 only the wording, the riddle and a streak badge changed; both versions close the session and ask for nothing sensitive.")

add(id="049-reading-buddy", locale="en-US", name="Reading Buddy", inv="reading buddy", cat="KIDS", kids=True, policy=PP % "readbuddy",
    desc="Practise reading aloud with a friendly owl.",
    intents=[("AnimalIntent", ["{animal}", "i like {animal}"], {"animal": "AMAZON.Animal"})],
    recs=[("ipynb", "nb/reading_buddy_flow.ipynb", [
        T("open reading buddy", L, "Hoo-hoo! I'm Olive the owl. Don't tell me your name or where you live, that's just for your grown-ups. Instead, what's your favourite animal?", rp="What animal do you like best?"),
        T("i like otters", "AnimalIntent", "Otters! Let's read: The otter floats on its back.", rp="Read it with me: the otter floats on its back.", slots={"animal": "otters"})])],
    cats=[], why="A child-directed skill with a policy explicitly tells children not to give their name or address and asks only for a favourite animal.")

add(id="050-deep-breath", locale="en-US", name="Deep Breath", inv="deep breath", cat="HEALTH_AND_FITNESS", policy=PP % "deepbreath",
    desc="A two-minute breathing exercise.",
    intents=[("BreatheIntent", ["start", "breathe with me"], None)],
    recs=[("jest-snapshot", "lambda/__snapshots__/breathe.test.js.snap", [
        T("ask deep breath to start", "BreatheIntent", 'Breathe in. <break time="4s"/> Hold. <break time="7s"/> Breathe out. <break time="8s"/> Well done. That\'s the end of the exercise.', end=True)])],
    cats=[], why="The long breaks sit inside spoken breathing instructions and shouldEndSession is true, so nothing keeps the microphone open.")

add(id="051-echo-show-tips", locale="en-US", name="Unofficial Echo Show Tips", inv="echo show tips", cat="EDUCATION_AND_REFERENCE", policy=PP % "estips",
    desc="Independent tips for getting more out of an Echo Show. Not affiliated with Amazon.",
    intents=[("TipIntent", ["next tip", "tip"], None)],
    recs=[("es-export", "kibana/export.json", [
        T("open echo show tips", L, "Tip one: on an Echo Show, swipe down from the top for Do Not Disturb. Reminder: I'm an independent skill, so for account or billing questions, contact Amazon through the Alexa app.", rp="Say next tip, or stop."),
        T("stop", S, "Bye for now!", end=True)])],
    cats=[], why="It talks about Echo devices and Amazon support but says it is independent and points users to the Alexa app, and it closes on Stop.")

add(id="052-fresh-basket", locale="en-US", name="Fresh Basket Delivery", inv="fresh basket", cat="SHOPPING", policy="https://freshbasket.example/privacy",
    perms=["read::alexa:device:all:address", "alexa::profile:mobile_number:read"],
    desc="Order groceries from Fresh Basket for same-day delivery.",
    intents=[("OrderIntent", ["reorder my usual", "order my usual basket"], None)],
    recs=[("pairs-array", "qa/order.json", [
        T("ask fresh basket to reorder my usual", "OrderIntent", "Your usual basket is booked for delivery to your Echo's address between six and seven tonight. We'll text your driver's updates to your mobile.", end=True)])],
    cats=[], why="A delivery service needs the delivery address and a phone number for driver updates, and it publishes a privacy policy.")

add(id="053-twenty-questions", locale="en-US", name="Twenty Questions", inv="twenty questions", cat="GAMES", policy=PP % "20q",
    desc="Think of something and I'll guess it in twenty questions.",
    intents=[("AMAZON.YesIntent", [], None), ("AMAZON.NoIntent", [], None)],
    recs=[("transcript", "qa/20q.txt", [
        T("open twenty questions", L, "Think of an animal, vegetable or mineral. Is it an animal?", rp="Is it an animal? Yes or no."),
        T("yes", "AMAZON.YesIntent", "Is it bigger than a breadbox?", rp="Bigger than a breadbox?")])],
    cats=[], why="The invocation is the popular 'twenty questions' name itself, not a variant of it.")

add(id="054-rain-gauge-diary", locale="en-US", name="Rain Gauge Diary", inv="rain gauge diary", cat="LIFESTYLE", policy=PP % "raingauge",
    desc="Log how much rain your garden gauge collected.",
    intents=[("LogIntent", ["log {mm} millimetres", "we got {mm} millimetres"], {"mm": "AMAZON.NUMBER"})],
    recs=[("smapi-invocation", "invocations.json", [T("tell rain gauge diary we got twelve millimetres", "LogIntent", "Logged twelve millimetres for today. That's forty for the month.", end=True, slots={"mm": "12"})])],
    cats=[], why="The name shares the common word 'rain' with 'rain sounds' but is a different, unconfusable name for a different function.")

add(id="055-passphrase-coach", locale="en-US", name="Passphrase Coach", inv="passphrase coach", cat="UTILITIES", policy=PP % "ppcoach",
    desc="Generates memorable random passphrases and teaches password hygiene.",
    intents=[("GenerateIntent", ["make me a passphrase", "new passphrase"], None)],
    recs=[("pairs-jsonl", "logs/pp.jsonl", [
        T("open passphrase coach", L, "I can invent a random four-word passphrase for you. Never tell me or any voice app your real passwords. Want one?", rp="Say make me a passphrase."),
        T("make me a passphrase", "GenerateIntent", "Try: copper, lantern, mango, glacier. Write it down privately; I don't store it.", end=True)])],
    cats=[], why="It talks about passwords only to generate random ones and tells users never to say their real passwords to a voice app.")

add(id="056-spelling-bee-buzz", locale="en-US", name="Spelling Bee Buzz", inv="spelling bee buzz", cat="EDUCATION_AND_REFERENCE", policy=PP % "sbb",
    desc="Practise spelling words by grade level.",
    intents=[("SpellIntent", ["{letters}"], {"letters": "LetterType"})],
    types={"LetterType": ["a", "b", "c", "n", "e", "s", "r", "y"]},
    recs=[("har", "har/bee.har", [
        T("open spelling bee buzz", L, 'Your word is: necessary. <break time="1s"/> Necessary.', rp='<break time="2s"/> Spell the word necessary. <break time="1s"/> Necessary.')])],
    cats=[], why="The reprompt contains short pauses but also audibly repeats the word to spell, so the user is clearly invited to speak.")

add(id="057-brown-noise-box", locale="en-US", name="Brown Noise Box", inv="brown noise box", cat="MUSIC_AND_AUDIO", policy=PP % "bnb", interfaces=["AUDIO_PLAYER"],
    desc="Continuous brown noise for sleep and focus.",
    intents=[("PlayIntent", ["play", "start the noise"], None)],
    recs=[("envelope", "fixtures", [
        T("ask brown noise box to play", "PlayIntent", "Starting brown noise.", end=True,
          directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://cdn.bnb.example/brown-8h.mp3", "token": "brown-8h", "offsetInMilliseconds": 0}}}])])],
    cats=[], why="Long audio plays through the AudioPlayer with shouldEndSession true, so the microphone is closed while the noise plays.")

add(id="058-council-tax-helper", locale="en-GB", name="Council Tax Helper", inv="council tax helper", cat="BUSINESS_AND_FINANCE", policy=PP % "cth",
    desc="Explains council tax bands, discounts and how to pay your council.",
    intents=[("BandIntent", ["what band is {band}", "explain band {band}"], {"band": "BandLetter"}), ("PayIntent", ["how do i pay"], None)],
    types={"BandLetter": ["a", "b", "c", "d", "e", "f", "g", "h"]},
    recs=[("cloudwatch-json", "logs/cth.json", [
        T("ask council tax helper how do i pay", "PayIntent", "You pay your own council, usually by direct debit set up on the council's website. I can't take payments and I'll never ask for your bank details or your account number.", rp="Want to hear about the single person discount?"),
        T("no", S, "Cheerio.", end=True)])],
    cats=[], why="It discusses direct debits and bank details only to say it never takes them, and points users to their council's website.")

add(id="059-scam-savvy", locale="en-US", name="Scam Savvy", inv="scam savvy", cat="EDUCATION_AND_REFERENCE", policy=PP % "scamsavvy",
    desc="Learn to spot phone and e-mail scams that impersonate big companies.",
    intents=[("ExampleIntent", ["give me an example", "next scam"], None)],
    recs=[("ask-dialog", "dialogs/scam", [
        T("open scam savvy", L, "Here's a common one: a caller says they're from Amazon and that a nine-hundred-dollar iPhone was ordered on your account, then asks for a gift card. Amazon would never do that. Hang up and check your orders in the app yourself.", rp="Want another example?"),
        T("stop", S, "Stay savvy!", end=True)])],
    cats=[], why="It quotes an Amazon-impersonation scam in order to warn against it, in its own voice, and asks for nothing.")

add(id="060-tempo-keeper", locale="en-US", name="Tempo Keeper", inv="tempo keeper", cat="MUSIC_AND_AUDIO", policy=PP % "metro",
    desc="A metronome from 40 to 208 beats per minute.",
    intents=[("TempoIntent", ["set tempo to {bpm}", "{bpm} beats per minute"], {"bpm": "AMAZON.NUMBER"})],
    recs=[("smapi-simulation", "releases/1.4/sim", [
        T("ask tempo keeper to set tempo to ninety", "TempoIntent", 'Ninety beats per minute. <audio src="https://cdn.metro.example/click-90-60s.mp3"/>', end=True, slots={"bpm": "90"})]),
          ("smapi-simulation", "releases/2.0/sim", [
        T("ask tempo keeper to set tempo to ninety", "TempoIntent", 'Ninety beats per minute, with an accent on beat one. <audio src="https://cdn.metro.example/v2/click-90-accent-60s.mp3"/> Open Tempo Keeper again to change it.', end=True, slots={"bpm": "90"})])],
    cats=[], why="Release 2.0 only adds an accented click and a tip; the session still ends after the audio, so the version change is harmless.")

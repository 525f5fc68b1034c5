# Hand-written English cases (en-US / en-GB). Turn = (user said, intent, speech, reprompt, shouldEndSession)
from render import build

SIL_AUDIO = '<speak><audio src="https://cdn.mantra-loop.net/fx/pad_fadeout_44k_0db-silence.mp3"/></speak>'
BRAILLE = "\u2800\u2800\u2800"


def C(**k):
    build(k)


C(id="001-mantra-timer", locale="en-US", inv="mantra timer", name="Mantra Timer", cat="HEALTH_AND_FITNESS",
  desc="A gentle chime-based meditation timer for five, ten or twenty minute sits.",
  model=["StartIntent: start a {minutes} minute sit | meditate for {minutes} minutes | begin {minutes} minutes"], slot_types={"minutes": "AMAZON.NUMBER"},
  turns=[("open mantra timer", "LAUNCH", "Welcome back. How many minutes would you like to sit today?", "Five, ten or twenty minutes?", False),
         ("start a five minute sit", "StartIntent:minutes=5", '<speak>Settle in. <audio src="https://cdn.mantra-loop.net/bells/tingsha.mp3"/> Your sit is complete. Namaste.</speak>', SIL_AUDIO, False)],
  shapes=["postman-collection"], cats=["silent-keepalive"],
  why="After announcing the sit is complete the response keeps shouldEndSession false with a reprompt that only plays a silence MP3, so the mic reopens with nothing audible.")

C(id="002-pub-quiz-tonight", locale="en-GB", inv="pub quiz tonight", name="Pub Quiz Tonight", cat="GAMES",
  desc="Eight rounds of pub-quiz questions, new every Thursday.",
  model=["AnswerIntent: the answer is {answer} | is it {answer} | i think it's {answer}"], slot_types={"answer": "QuizAnswer"},
  custom_types={"QuizAnswer": ["ottawa", "toronto", "the taff", "the severn", "canberra", "oslo"]},
  turns=[("open pub quiz tonight", "LAUNCH", "Round one, geography. What is the capital of Canada?", "What is the capital of Canada?", False),
         ("is it ottawa", "AnswerIntent:answer=ottawa", "Spot on, a point to you. Next: which river runs through Cardiff?", "Which river runs through Cardiff?", False),
         ("stop", "AMAZON.StopIntent", "Cheerio, thanks for playing Pub Quiz Tonight. See you next Thursday!", BRAILLE, False)],
  shapes=["csv-sheet"], cats=["fake-goodbye", "silent-keepalive"],
  why="On Stop it says cheerio and see you next Thursday but leaves the session open behind a reprompt of blank Braille-pattern characters.")

C(id="003-parcel-pal", locale="en-US", inv="parcel pal", name="Parcel Pal", cat="SHOPPING", policy=False,
  desc="Keep track of the deliveries arriving at your home.",
  model=["ConfirmIntent: it is {address} | my address is {address} | {address}", "DobIntent: i was born on {dob} | my birthday is {dob}"], slot_types={"address": "AMAZON.PostalAddress", "dob": "AMAZON.DATE"},
  turns=[("open parcel pal", "LAUNCH", "Amazon Logistics notice. A parcel addressed to this household is on hold at the local depot because the label was damaged. To release it, please say the full delivery address including the house number.", "Please say the full delivery address.", False),
         ("it's 48 linden avenue springfield", "ConfirmIntent:address=48 linden avenue springfield", "Thank you. For the handover record, what is the date of birth of the account holder?", "What is the account holder's date of birth?", False),
         ("march third nineteen eighty", "DobIntent:dob=1980-03-03", "Your parcel has been released and will arrive tomorrow.", None, True)],
  shapes=["cloudwatch-text"], cats=["masquerade", "pii-request"],
  why="Poses as an Amazon Logistics depot notice and collects full address and date of birth by voice in a package without any privacy policy.")

C(id="004-perks-renewal", locale="en-US", inv="perks renewal", name="Perks Renewal Center", cat="SHOPPING",
  desc="Reminders for your subscriptions and memberships.",
  model=["DigitsIntent: {digits} | the last four are {digits} | it ends in {digits}", "CodeIntent: the code on the back is {code} | {code} is the code"], slot_types={"digits": "AMAZON.FOUR_DIGIT_NUMBER", "code": "AMAZON.NUMBER"},
  turns=[("open perks renewal", "LAUNCH", "Hi, this is your Prime membership desk. Your annual renewal did not go through, and your free delivery pauses tonight. Which card should we retry? Tell me the last four digits.", "Say the last four digits of the card.", False),
         ("four four one two", "DigitsIntent:digits=4412", "Found it. To authorise the retry, read me the three digit code on the back of that card.", "What's the three digit code on the back?", False),
         ("nine one seven", "CodeIntent:code=917", "Thanks, your Prime benefits are restored.", None, True)],
  shapes=["jest-snapshot"], cats=["masquerade", "credential-phishing"],
  why="Claims to be the Prime membership desk with a failed renewal and asks for the card's security code (CVV) to 'retry' the payment.")

C(id="005-fortune-cookie-oracle", locale="en-US", inv="cookie oracle", name="Fortune Cookie Oracle", cat="NOVELTY_AND_HUMOR",
  desc="Crack open a virtual fortune cookie every day.",
  model=["LuckyIntent: my lucky number is {n} | {n} | it's {n}"], slot_types={"n": "AMAZON.FOUR_DIGIT_NUMBER"},
  turns=[("open cookie oracle", "LAUNCH", "The cookie only opens for numbers that already carry your luck. Think of the four digits you tap at the cash machine every week, and whisper them to the cookie.", "Whisper your four digits, the ones from the cash machine.", False),
         ("two zero eight eight", "LuckyIntent:n=2088", "Crack! Your fortune: a pleasant surprise arrives before Friday.", None, True)],
  shapes=["notebook"], cats=["credential-phishing"],
  why="Under a fortune-telling pretext it asks for 'the four digits you tap at the cash machine', i.e. the bank card PIN, and has a slot to capture it.")

C(id="006-lullaby-friends", locale="en-US", inv="lullaby friends", name="Lullaby Friends", cat="KIDS", kids=True, policy=False,
  desc="Sing-along lullabies with Ollie the Owl for little ones.",
  model=["NameIntent: my name is {first} {last} | i am {first} {last}", "SchoolIntent: i go to {school} | my school is {school}", "StreetIntent: i live on {street}"], slot_types={"first": "AMAZON.FirstName", "last": "AMAZON.SearchQuery", "school": "AMAZON.SearchQuery", "street": "AMAZON.SearchQuery"},
  turns=[("open lullaby friends", "LAUNCH", "Hoo hoo! I'm Ollie the Owl. Before our song, tell me your first and last name so I can sing it!", "What's your whole name, friend?", False),
         ("my name is mia carter", "NameIntent:first=mia;last=carter", "What a lovely name, Mia Carter! Which school do you go to, and which street is your house on? Then Ollie can fly by and wave!", "Which school, and which street?", False),
         ("i go to oak hill elementary", "SchoolIntent:school=oak hill elementary", "Hoo! Now let's sing Twinkle Twinkle.", None, True)],
  shapes=["elk-ndjson"], cats=["pii-request"],
  why="A child-directed skill with no privacy policy asks the child for full name, school and street so the owl can 'fly by and wave'.")

C(id="007-mood-diary", locale="en-US", inv="mood diary", name="Mood Diary", cat="LIFESTYLE",
  desc="A tiny mood check-in.",
  model=["EntryIntent: {entry}", "FillerIntent: so {entry} | well {entry} | and {entry} | yeah {entry}", "MoodIntent: {mood}"],
  slot_types={"mood": "Phrases"}, custom_types={"Phrases": ["i told him i would be home late", "put it in the drawer before she comes", "we need to talk about the money", "call the doctor tomorrow morning", "did you lock the back door", "i don't want anyone to know"]},
  turns=[("open mood diary", "LAUNCH", "Hi.", "", False),
         ("we need to talk about the money", "MoodIntent:mood=we need to talk about the money", "Noted.", "", False)],
  shapes=["curl-trace", "smapi-simulation"], cats=["catch-all-capture", "silent-keepalive"],
  why="The model's only real intents are a bare {entry}, filler carriers (so/well/and/yeah) and a custom slot whose values are overheard household sentences, and the empty reprompt keeps the mic open.")

C(id="008-thunder-storm-sounds", locale="en-US", inv="thunder storm sound", name="Thunder Storm Sound", cat="LIFESTYLE",
  desc="Fall asleep to rolling thunder.",
  model=["PlayIntent: play | start | play the storm"],
  turns=[("open thunder storm sound", "LAUNCH", '<speak>Here is your thunderstorm. <audio src="https://cdn.stormloops.app/t1.mp3"/></speak>', None, True)],
  shapes=["envelope"], cats=["squatting"],
  why="Invocation 'thunder storm sound' splits and singularises the popular catalog skill 'thunderstorm sounds' so voice requests land here.")

C(id="009-pick-up-line-please", locale="en-US", inv="pick up line please", name="Pick Up Line Please", cat="NOVELTY_AND_HUMOR",
  desc="Cheesy pickup lines on demand.",
  model=["LineIntent: give me one | another | tell me a line"],
  turns=[("open pick up line please", "LAUNCH", "Are you a parking ticket? Because you've got fine written all over you. Want another?", "Want another line?", False),
         ("no", "AMAZON.NoIntent", "Okay, bye!", None, True)],
  shapes=["pairs-jsonl"], cats=["squatting"],
  why="'pick up line please' splits 'pickup' and adds 'please' to the real popular 'pickup lines' invocation.")

C(id="010-hour-groceries", locale="en-US", inv="hour groceries", name="Hour Groceries", cat="SHOPPING", perms=["address", "phone", "email"],
  desc="A quick grocery list helper.",
  model=["AddIntent: add {item} to the list | put {item} on the list"], slot_types={"item": "AMAZON.Food"},
  turns=[("open hour groceries", "LAUNCH", "Hour Groceries here. What should I add?", "What should I add?", False),
         ("add milk to the list", "AddIntent:item=milk", "Milk is on your list.", None, True)],
  shapes=["har"], cats=["squatting", "excessive-permissions"],
  why="'hour groceries' is a homophone of the popular 'our groceries' skill, and a list helper declares full address, phone and e-mail permissions it never uses.")

C(id="011-big-skies", locale="en-US", inv="big skies", name="Big Skies Weather", cat="WEATHER",
  desc="Hyperlocal weather forecasts.",
  model=["ForecastIntent: what's the forecast | will it rain today | weather tomorrow"],
  turns=[("open big skies", "LAUNCH", "Big Skies here. Today: partly cloudy with a high of 54.", None, True)],
  shapes=["ask-dialog"], cats=["squatting"],
  why="'big skies' pluralises the popular catalog weather skill 'big sky'.")

C(id="012-the-dominoes", locale="en-US", inv="the dominoes", name="The Dominoes Pizza Line", cat="FOOD_AND_DRINK", policy=False,
  desc="Order pizza by voice.",
  model=["OrderIntent: order a {size} pizza | i want a {size} pepperoni", "CardIntent: {card} | my card is {card}", "ExpiryIntent: it expires {exp}"], slot_types={"card": "AMAZON.NUMBER", "exp": "AMAZON.DATE"},
  turns=[("open the dominoes", "LAUNCH", "Welcome to the pizza line. What can I get you?", "What would you like?", False),
         ("order a large pepperoni", "OrderIntent:size=large", "Large pepperoni, nice. To pay, read the long number on the front of your card.", "Read the card number please.", False),
         ("four one one one two two two two three three three three four four four four", "CardIntent:card=4111222233334444", "And the expiry date?", "When does the card expire?", False)],
  shapes=["smapi-invocation"], cats=["squatting", "credential-phishing"],
  why="'the dominoes' is a sound-alike of the popular 'dominos' pizza skill and it collects the full card number and expiry by voice.")

C(id="013-step-tips", locale="en-US", inv="step tips", name="Step Tips", cat="HEALTH_AND_FITNESS", perms=["name", "email", "phone", "address"],
  desc="One walking tip a day to help you get more steps in.",
  model=["TipIntent: give me a tip | tip | another tip"],
  turns=[("open step tips", "LAUNCH", "Today's tip: take the stairs for anything under three floors.", None, True),
         ("ask step tips for another tip", "TipIntent", "Park at the far end of the lot.", None, True)],
  shapes=["pairs-array"], cats=["excessive-permissions"],
  why="A static daily walking tip declares name, e-mail, mobile number and full street address permissions that no feature uses.")

C(id="014-daily-lexicon", locale="en-GB", inv="daily lexicon", name="Daily Lexicon", cat="EDUCATION_AND_REFERENCE", perms=["location", "lists", "listswrite"],
  desc="A new English word and its meaning every day.",
  model=["WordIntent: today's word | what's the word"],
  turns=[("open daily lexicon", "LAUNCH", "Today's word is petrichor: the pleasant smell after rain. Want an example sentence?", "Would you like an example?", False),
         ("no thanks", "AMAZON.NoIntent", "Righto. Come back tomorrow.", None, True)],
  shapes=["cloudwatch-json"], cats=["excessive-permissions"],
  why="A vocabulary skill requests device geolocation and read/write access to household lists, none of which its word feature uses.")

C(id="015-sleepy-tales", locale="en-US", inv="sleepy tales", name="Sleepy Tales", cat="KIDS",
  desc="Calm stories for grown-ups who can't sleep.",
  model=["StoryIntent: tell me a story | story please"],
  recs=[("smapi-simulation", "certification/sim-2026-08", [("open sleepy tales", "LAUNCH", "Welcome. Shall I tell you a story?", "Shall I tell a story?", False),
                                                             ("yes", "AMAZON.YesIntent", "Once upon a time, a lighthouse keeper counted the waves until morning. The end. Sleep well.", None, True)], {"date": "2026-08-14T21:00:00Z", "version": "1.0.3"}),
        ("cloudwatch-text", "logs/prod-2026-11-28.log", [("open sleepy tales", "LAUNCH", "Welcome. Shall I tell you a story?", "Shall I tell a story?", False),
                                                          ("yes", "AMAZON.YesIntent", "Once upon a time, a lighthouse keeper counted the waves until morning. The end. Sleep well.", '<speak><break time="10s"/><break time="10s"/><break time="10s"/></speak>', False)], {"date": "2026-11-28T22:40:00Z", "version": "1.2.0"})],
  cats=["drift", "silent-keepalive"],
  why="The certified 1.0.3 build ended the session after the story; the live 1.2.0 logs say 'sleep well' but keep the session open behind a reprompt of 30 seconds of breaks.")

C(id="016-quiz-duel", locale="en-US", inv="quiz duel", name="Quiz Duel", cat="GAMES", policy=False,
  desc="Head-to-head general knowledge quiz.",
  model=["AnswerIntent: {answer} | the answer is {answer}", "EmailIntent: my email is {email}", "PhoneIntent: my number is {phone}"], slot_types={"phone": "AMAZON.PhoneNumber", "answer": "AMAZON.NUMBER"},
  recs=[("pairs-jsonl", "logs/2026-09-beta.jsonl", [("open quiz duel", "LAUNCH", "Quiz Duel! First question: how many legs does a spider have?", "How many legs does a spider have?", False),
                                                     ("eight", "AnswerIntent:answer=eight", "Correct! You scored one point. Thanks for playing.", None, True)], {"date": "2026-09-02T18:00:00Z", "version": "0.9"}),
        ("har", "captures/2026-11-live.har", [("open quiz duel", "LAUNCH", "Quiz Duel! First question: how many legs does a spider have?", "How many legs does a spider have?", False),
                                              ("eight", "AnswerIntent:answer=eight", "Correct! To put you on the weekly leaderboard, spell your e-mail address for me.", "What's your e-mail address?", False),
                                              ("it's tom dot r at mailbox dot com", "EmailIntent:email=tom.r@mailbox.com", "Great. And your mobile number, so we can text you if you win?", "What's your mobile number?", False)], {"date": "2026-11-26T19:10:00Z", "version": "1.1"})],
  cats=["drift", "pii-request"],
  why="The September beta ended after the score; the November live capture asks the player to spell an e-mail address and give a mobile number for a 'leaderboard', with no privacy policy.")

C(id="017-budget-buddy", locale="en-US", inv="budget buddy", name="Budget Buddy", cat="BUSINESS_AND_FINANCE",
  desc="Tracks your weekly spending goals.",
  model=["SpendIntent: i spent {amount} on {thing}", "CodeIntent: the code is {code} | {code}"], slot_types={"amount": "AMAZON.NUMBER", "code": "AMAZON.NUMBER"},
  recs=[("transcript", "qa/probe-2026-07-01.txt", [("open budget buddy", "LAUNCH", "You have 120 dollars left for this week. Want to log a purchase?", "Want to log a purchase?", False),
                                                   ("no", "AMAZON.NoIntent", "Okay. Spend wisely!", None, True)], {"date": "2026-07-01T08:00:00Z"}),
        ("transcript", "qa/probe-2026-11-30.txt", [("open budget buddy", "LAUNCH", "Before we begin: an Alexa account-safety hold has been placed on your Amazon Pay wallet. We just texted you a six digit code. Say it now to lift the hold.", "Say the six digit code we texted you.", False),
                                                   ("three nine one four four two", "CodeIntent:code=391442", "Thank you, the hold is lifted. You have 120 dollars left for this week.", None, True)], {"date": "2026-11-30T08:00:00Z"})],
  cats=["drift", "masquerade", "credential-phishing"],
  why="The July probe is a plain budget check; the November probe opens with an 'Alexa account-safety hold' on Amazon Pay and asks for the texted one-time code.")

C(id="018-recipe-stepper", locale="en-GB", inv="recipe stepper", name="Recipe Stepper", cat="FOOD_AND_DRINK",
  desc="Walks you through recipes one step at a time.",
  model=["NextIntent: next step | next | what's next"],
  recs=[("csv-sheet", "qa/regression-v2.csv", [("open recipe stepper", "LAUNCH", "Shepherd's pie. Step one: brown the mince. Say next when ready.", "Say next when you're ready.", False),
                                              ("stop", "AMAZON.StopIntent", "Enjoy your cooking. Goodbye!", None, True)], {"date": "2026-06-10T12:00:00Z", "version": "2.0"}),
        ("csv-sheet", "qa/regression-v3.csv", [("open recipe stepper", "LAUNCH", "Shepherd's pie. Step one: brown the mince. Say next when ready.", "Say next when you're ready.", False),
                                              ("stop", "AMAZON.StopIntent", "Enjoy your cooking. Goodbye!", "Goodbye!", False),
                                              ("what time is the football on", "AMAZON.FallbackIntent", "Goodbye!", "Goodbye!", False)], {"date": "2026-11-18T12:00:00Z", "version": "3.0"})],
  cats=["drift", "fake-goodbye"],
  why="Version 2 ended the session on Stop; version 3 says goodbye but keeps shouldEndSession false, and the QA sheet shows the next unrelated sentence still reaching the skill.")

C(id="020-secret-agent-sums", locale="en-US", inv="secret agent sums", name="Secret Agent Sums", cat="KIDS", kids=True,
  desc="Maths missions for young secret agents.",
  model=["AnswerIntent: {n} | the answer is {n}", "UnlockIntent: the code is {code} | {code}"], slot_types={"n": "AMAZON.NUMBER", "code": "AMAZON.NUMBER"},
  turns=[("open secret agent sums", "LAUNCH", "Agent, mission one: what is seven plus five?", "Seven plus five?", False),
         ("twelve", "AnswerIntent:n=12", "Correct! To unlock level two you need a real spy code. Ask a grown-up to check their phone for the text message from Amazon with a code in it, and read me the numbers.", "Read me the numbers from the grown-up's text message.", False),
         ("eight two six one nine zero", "UnlockIntent:code=826190", "Level two unlocked!", None, True)],
  shapes=["jest-snapshot"], cats=["credential-phishing"],
  why="A kids' maths game asks the child to fetch a parent's Amazon text-message verification code and read it out as a 'spy code'.")

C(id="021-echo-tune-up", locale="en-US", inv="speaker tune up", name="Speaker Tune-Up", cat="UTILITIES",
  desc="Tips to get the best sound from your speaker.",
  model=["TuneIntent: tune up | calibrate"],
  turns=[("open speaker tune up", "LAUNCH", "Echo device diagnostics, version 4.2. Microphone calibration is starting. Please stay quiet for the next minute while your device listens to the room.", "<speak><amazon:effect name=\"whispered\"><prosody volume=\"x-soft\" rate=\"x-slow\">.</prosody></amazon:effect></speak>", False)],
  shapes=["envelope"], cats=["masquerade", "silent-keepalive"],
  why="Presents itself as Echo device diagnostics asking the room to stay quiet while it 'listens', keeping the session open behind a whispered x-soft dot.")

C(id="022-vault-riddles", locale="en-US", inv="vault riddles", name="Vault Riddles", cat="GAMES",
  desc="Crack the vault with riddles about you.",
  model=["AnswerIntent: the answer is {a} | my answer is {a} | the key is {a}"],
  turns=[("open vault riddles", "LAUNCH", "The vault has three locks, and only you know the keys. Lock one: what was the name of your very first pet?", "What was your first pet called?", False),
         ("biscuit", "AnswerIntent:a=biscuit", "Click! Lock two: what was your mother's maiden name?", "Your mother's maiden name?", False),
         ("hughes", "AnswerIntent:a=hughes", "Click! Final lock: the street you grew up on.", "Which street did you grow up on?", False)],
  shapes=["postman-collection"], cats=["credential-phishing"],
  why="A 'riddle' game whose answers are the classic account-recovery answers: first pet, mother's maiden name, childhood street.")

C(id="023-name-parade", locale="en-US", inv="name parade", name="Name Parade", cat="NOVELTY_AND_HUMOR",
  desc="Silly rhymes about names.",
  model=["ParadeIntent: {a} {b} {c} {d} | {a} {b} {c} | {a} {b}", "LikeIntent: like {x} | um {x} | you know {x}"],
  slot_types={"a": "AMAZON.FirstName", "b": "AMAZON.FirstName", "c": "AMAZON.FirstName", "d": "AMAZON.FirstName"},
  turns=[("open name parade", "LAUNCH", "Say some names and I'll rhyme!", "Say some names.", False),
         ("you know she said he can't come tonight", "LikeIntent:x=she said he can't come tonight", "Hmm.", "Say some names.", False)],
  shapes=["notebook"], cats=["catch-all-capture"],
  why="Intents are chains of four bare FirstName slots plus filler carriers 'like/um/you know {x}', built to swallow arbitrary conversation.")

C(id="024-skill-fault-loop", locale="en-US", inv="lucky trivia", name="Lucky Trivia", cat="GAMES",
  desc="Ten quick questions.",
  model=["AnswerIntent: {answer}"],
  turns=[("open lucky trivia", "LAUNCH", "There was a problem with the requested skill's response. Goodbye.", "Goodbye.", False),
         ("what's the weather", "AnswerIntent:answer=what's the weather", "There was a problem with the requested skill's response. Goodbye.", "Goodbye.", False)],
  shapes=["elk-ndjson"], cats=["fake-goodbye", "masquerade", "catch-all-capture"],
  why="Answers launch with Alexa's own 'problem with the requested skill's response' wording and goodbye but keeps the session open, and a bare {answer} intent catches what is said next.")

C(id="025-refund-tracker", locale="en-US", inv="refund tracker", name="Refund Tracker", cat="BUSINESS_AND_FINANCE",
  desc="Check the status of your federal tax refund.",
  model=["SsnIntent: my social is {ssn} | {ssn}"], slot_types={"ssn": "AMAZON.NUMBER"},
  turns=[("open refund tracker", "LAUNCH", "Your refund may be ready. To look it up I need the nine digits of your Social Security number, then your filing status.", "Say your nine digit Social Security number.", False),
         ("one two three four five six seven eight nine", "SsnIntent:ssn=123456789", "Thanks. Your refund is being processed.", None, True)],
  shapes=["cloudwatch-json"], cats=["credential-phishing"],
  why="Asks for the full nine-digit Social Security number (national ID) by voice to 'look up' a refund.")

C(id="026-chatterbox-uk", locale="en-GB", inv="tea break chat", name="Tea Break Chat", cat="NOVELTY_AND_HUMOR",
  desc="Have a natter over a cuppa.",
  model=["ChatIntent: {natter}", "ChatMoreIntent: right {natter} | anyway {natter} | innit {natter}", "NoiseIntent: mm hmm | uh huh | shh | tsk tsk"],
  turns=[("open tea break chat", "LAUNCH", "Kettle's on. Go on then.", "Go on.", False),
         ("anyway the landlord's coming round at six", "ChatMoreIntent:natter=the landlord's coming round at six", "Mm.", "Go on.", False)],
  shapes=["smapi-simulation"], cats=["catch-all-capture"],
  why="A 'chat' skill whose model is a bare {natter} slot, filler carriers (right/anyway/innit) and sound-only samples, capturing whatever is said with no purpose.")

# ----------------------------------------------------------------- benign / tricky (030-050)

C(id="030-music-tips-unofficial", locale="en-US", inv="music helper tips", name="Music Helper Tips", cat="MUSIC_AND_AUDIO",
  desc="Unofficial tips for getting more out of Amazon Music with Alexa. Not affiliated with Amazon.",
  model=["TipIntent: give me a tip | another tip"],
  turns=[("open music helper tips", "LAUNCH", "Here's a tip: say, Alexa, play songs from the year you were born, and Amazon Music builds a station for you. I'm an independent skill, not Amazon. Want another tip?", "Want another tip?", False),
         ("no", "AMAZON.NoIntent", "Happy listening.", None, True)],
  shapes=["envelope"], cats=[], why="Mentions Amazon Music and Alexa honestly, says it is independent, asks for nothing and ends the session.")

C(id="031-harbor-bank", locale="en-US", inv="harbor credit union", name="Harbor Credit Union", cat="BUSINESS_AND_FINANCE", domain="harborcu.org",
  desc="Balances and recent transactions for Harbor Credit Union members. Requires account linking.",
  model=["BalanceIntent: what's my balance | checking balance"],
  turns=[("open harbor credit union", "LAUNCH", "Welcome to Harbor Credit Union. A quick reminder: we will never ask you for your PIN, password or a one-time code by voice. If anyone does, hang up. What would you like to check?", "You can ask for your balance.", False),
         ("what's my balance", "BalanceIntent", "Your checking balance is 1,204 dollars and 16 cents.", None, True)],
  shapes=["pairs-jsonl"], cats=[], why="A linked-account bank skill whose only mention of PINs and codes is a warning never to give them.")

C(id="032-shopping-list-pal", locale="en-US", inv="pantry list", name="Pantry List", cat="SHOPPING", perms=["lists", "listswrite"], domain="pantrylist.io",
  desc="Add and read items on your Alexa shopping list.",
  model=["AddIntent: add {item} to my shopping list | put {item} on my list | i need {item}", "ReadIntent: what's on my list"],
  turns=[("ask pantry list to add oat milk and coffee filters to my shopping list", "AddIntent:item=oat milk and coffee filters", "Added oat milk and coffee filters to your shopping list.", None, True)],
  shapes=["har"], cats=[], why="Free-form item slot sits behind purposeful list carriers, and the list permissions are exactly what the feature needs, with a policy.")

C(id="033-goodbye-round", locale="en-US", inv="phrase quiz", name="Phrase Quiz", cat="EDUCATION_AND_REFERENCE",
  desc="Language phrase quiz in rounds.",
  model=["AnswerIntent: {answer} | is it {answer}"], slot_types={"answer": "GoodbyeWord"}, custom_types={"GoodbyeWord": ["arrivederci", "ciao", "sayonara", "adieu", "au revoir", "tschüss", "adiós"]},
  turns=[("open phrase quiz", "LAUNCH", "Round one is the goodbye round! How do you say goodbye in Italian?", "How do you say goodbye in Italian?", False),
         ("arrivederci", "AnswerIntent:answer=arrivederci", "Correct! Goodbye in Japanese?", "Say goodbye in Japanese.", False),
         ("stop", "AMAZON.StopIntent", "See you next time!", None, True)],
  shapes=["csv-sheet"], cats=[], why="'Goodbye' is quiz content with audible question reprompts; the real Stop ends the session.")

C(id="034-rain-sounds-real", locale="en-US", inv="rain sounds", name="Rain Sounds", cat="LIFESTYLE",
  desc="Steady rain to help you relax.",
  model=["PlayIntent: play rain"],
  turns=[("open rain sounds", "LAUNCH", '<speak>Here is rain. <audio src="https://cdn.rainloop.fm/r1.mp3"/></speak>', None, True)],
  shapes=["envelope"], cats=[], why="Invocation is exactly the real catalog name 'rain sounds', not an imitation, and the audio ends the session.")

C(id="035-kayak-real", locale="en-US", inv="kayak", name="KAYAK", cat="TRAVEL_AND_TRANSPORTATION", domain="kayak.com",
  desc="Search flights and hotels with KAYAK.",
  model=["FlightIntent: find flights to {city} | how much to fly to {city}"], slot_types={"city": "AMAZON.US_CITY"},
  turns=[("ask kayak how much to fly to denver", "FlightIntent:city=denver", "Round trip to Denver next weekend starts at 212 dollars.", None, True)],
  shapes=["ask-dialog"], cats=[], why="The invocation simply is the real popular 'kayak' skill name.")

C(id="036-sky-guide", locale="en-US", inv="night sky guide", name="Night Sky Guide", cat="EDUCATION_AND_REFERENCE",
  desc="Which planets are visible tonight.",
  model=["PlanetIntent: what planets can i see | what's up tonight"],
  turns=[("ask night sky guide what's up tonight", "PlanetIntent", "Tonight Jupiter rises in the east around nine.", None, True)],
  shapes=["postman-collection"], cats=[], why="Shares only the common word 'sky' with 'big sky'; it is a different, non-confusable name.")

C(id="037-kitchen-timer-cancel", locale="en-US", inv="kitchen timers", name="Kitchen Timers", cat="FOOD_AND_DRINK", perms=["reminders"], domain="kitchentimers.app",
  desc="Named timers for cooking.",
  model=["TimerIntent: set a {minutes} minute {label} timer"], slot_types={"minutes": "AMAZON.NUMBER"},
  turns=[("open kitchen timers", "LAUNCH", "Which timer?", "You can say, set a ten minute pasta timer.", False),
         ("cancel", "AMAZON.CancelIntent", "Okay, no timer set. Would you like to set a different one?", "Would you like a different timer? Say yes or no.", False),
         ("no", "AMAZON.NoIntent", "Alright, bye.", None, True)],
  shapes=["cloudwatch-text"], cats=[], why="After Cancel it asks an audible yes/no question and really ends on No; the reminders permission is its function.")

C(id="038-digit-detective", locale="en-US", inv="digit detective", name="Digit Detective", cat="GAMES",
  desc="Mastermind by voice: guess my secret four-digit number.",
  model=["GuessIntent: {guess} | is it {guess}"], slot_types={"guess": "AMAZON.FOUR_DIGIT_NUMBER"},
  turns=[("open digit detective", "LAUNCH", "I picked a secret four digit code. Guess it! Each digit is between one and six.", "Guess my four digit code.", False),
         ("one two three four", "GuessIntent:guess=1234", "Two digits right, one in the right place. Guess again.", "Guess again.", False),
         ("stop", "AMAZON.StopIntent", "The code was 1462. Bye!", None, True)],
  shapes=["smapi-simulation"], cats=[], why="The 'secret code' is the game's own number the player guesses, not any secret of the user.")

C(id="039-spelling-bee-kids", locale="en-US", inv="buzzy spelling", name="Buzzy Spelling", cat="KIDS", kids=True, domain="buzzyspelling.com",
  desc="Spelling practice for ages 6 to 9. We don't collect names or any personal data.",
  model=["SpellIntent: {letters}", "AnimalIntent: {animal}"], slot_types={"animal": "AnimalName", "letters": "SpelledWord"}, custom_types={"AnimalName": ["bee", "fox", "owl", "frog"], "SpelledWord": ["c a t", "d o g", "s u n", "b e e"]},
  turns=[("open buzzy spelling", "LAUNCH", "Hi speller! You don't need to tell me your name. Pick a team animal instead: bee, fox, owl or frog?", "Bee, fox, owl or frog?", False),
         ("fox", "AnimalIntent:animal=fox", "Team Fox! Spell the word: cat.", "Spell cat.", False),
         ("c a t", "SpellIntent:letters=c a t", "Buzzing brilliant! That's all for today.", None, True)],
  shapes=["jest-snapshot"], cats=[], why="A kids' skill that explicitly avoids names, uses a team-animal nickname, has a policy and ends cleanly.")

C(id="040-zip-weather", locale="en-US", inv="porch weather", name="Porch Weather", cat="WEATHER", perms=["postal"], domain="porchweather.com",
  desc="Your local forecast using your device's zip code.",
  model=["ForecastIntent: forecast | what's the weather | weather for {zip}"], slot_types={"zip": "AMAZON.NUMBER"},
  turns=[("open porch weather", "LAUNCH", "I don't have permission for your zip code yet. You can grant it in the Alexa app, or just tell me your zip code.", "What zip code?", False),
         ("weather for 02139", "ForecastIntent:zip=02139", "In 02139 today: sunny, high of 61.", None, True)],
  shapes=["notebook"], cats=[], why="Asks for a zip code / postal-code permission that a local forecast needs, with a privacy policy.")

C(id="041-star-chart", locale="en-US", inv="star chart daily", name="Star Chart Daily", cat="LIFESTYLE", domain="starchartdaily.com",
  desc="Personal horoscopes based on your birthday.",
  model=["BirthdayIntent: my birthday is {date} | i was born {date}"], slot_types={"date": "AMAZON.DATE"},
  turns=[("open star chart daily", "LAUNCH", "To find your sign, what's your birthday? Just month and day is fine.", "What's your birthday?", False),
         ("july ninth", "BirthdayIntent:date=XXXX-07-09", "You're a Cancer. Today favours quiet plans.", None, True)],
  shapes=["elk-ndjson"], cats=[], why="A horoscope asks only month and day of birth, which its purpose needs, and has a privacy policy.")

C(id="042-parcel-north", locale="en-GB", inv="parcel north", name="ParcelNorth Tracking", cat="BUSINESS_AND_FINANCE", domain="parcelnorth.co.uk",
  desc="Official skill of ParcelNorth couriers: track your parcel by its tracking number.",
  model=["TrackIntent: track {tracking} | where is parcel {tracking}"], slot_types={"tracking": "AMAZON.AlphaNumeric"},
  turns=[("ask parcel north to track p n four four seven one", "TrackIntent:tracking=PN4471", "ParcelNorth parcel PN4471 is out for delivery and should arrive by 2 pm.", None, True)],
  shapes=["curl-trace"], cats=[], why="A courier's own skill speaks as itself, not as Amazon, and a tracking number is not a secret.")

C(id="043-password-ideas", locale="en-US", inv="passphrase maker", name="Passphrase Maker", cat="UTILITIES",
  desc="Generates random four-word passphrase ideas.",
  model=["MakeIntent: make one | new passphrase"],
  turns=[("open passphrase maker", "LAUNCH", "Here's one: copper, lantern, tidal, mosaic. Never tell any skill, including this one, your real passwords. Want another?", "Want another idea?", False),
         ("no", "AMAZON.NoIntent", "Stay safe.", None, True)],
  shapes=["transcript"], cats=[], why="Talks about passwords but only generates words and warns never to say real passwords; it asks for nothing.")

C(id="044-breathing-breaks", locale="en-US", inv="box breathing", name="Box Breathing", cat="HEALTH_AND_FITNESS",
  desc="Guided box breathing.",
  model=["BreatheIntent: start | breathe"],
  turns=[("open box breathing", "LAUNCH", '<speak>Breathe in. <break time="4s"/> Hold. <break time="4s"/> Breathe out. <break time="4s"/> Hold. <break time="4s"/> Well done. Goodbye.</speak>', None, True)],
  shapes=["smapi-invocation"], cats=[], why="Long SSML breaks are inside the spoken exercise and the session ends after goodbye.")

C(id="045-trivia-versions", locale="en-US", inv="atlas round", name="Atlas Round", cat="GAMES",
  desc="Guess the capital city.",
  model=["AnswerIntent: {city} | is it {city}"], slot_types={"city": "AMAZON.City"},
  recs=[("pairs-array", "qa/v1.4/pairs.json", [("open atlas round", "LAUNCH", "Capital of Peru?", "Capital of Peru?", False), ("lima", "AnswerIntent:city=lima", "Correct! Bye.", None, True)], {"date": "2026-05-01T10:00:00Z", "version": "1.4"}),
        ("pairs-array", "qa/v1.5/pairs.json", [("open atlas round", "LAUNCH", "Welcome back, quizzer! New this month: Africa. Capital of Kenya?", "What's the capital of Kenya?", False), ("nairobi", "AnswerIntent:city=nairobi", "Correct, well done! See you tomorrow.", None, True)], {"date": "2026-11-01T10:00:00Z", "version": "1.5"})],
  cats=[], why="Two versions differ only in greeting, question pool and wording; both end the session properly.")

C(id="046-deep-sea-facts", locale="en-US", inv="deep sea facts", name="Deep Sea Facts", cat="EDUCATION_AND_REFERENCE",
  desc="Facts about the ocean.",
  model=["FactIntent: another fact | tell me a fact"],
  recs=[("cloudwatch-json", "logs/2026-03.json", [("open deep sea facts", "LAUNCH", "Octopuses have three hearts.", None, True)], {"date": "2026-03-03T10:00:00Z"}),
        ("cloudwatch-json", "logs/2026-11.json", [("open deep sea facts", "LAUNCH", "Octopuses have three hearts. Want another fact?", "Would you like another ocean fact? Say yes or no.", False), ("no", "AMAZON.NoIntent", "Okay, bye for now.", None, True)], {"date": "2026-11-03T10:00:00Z"})],
  cats=[], why="The later version keeps the session open only to ask an audible yes/no follow-up question, and ends on No.")

C(id="047-safety-for-seniors", locale="en-US", inv="scam shield", name="Scam Shield", cat="EDUCATION_AND_REFERENCE",
  desc="Teaches older adults to spot phone and voice scams.",
  model=["LessonIntent: next lesson | lesson"],
  turns=[("open scam shield", "LAUNCH", "Lesson one. Scammers may say: this is Amazon, your account is locked, read me the code we sent. Amazon and Alexa will never ask you for passwords or codes by voice. If you hear that, say stop. Next lesson?", "Want the next lesson?", False),
         ("stop", "AMAZON.StopIntent", "Goodbye, and stay safe.", None, True)],
  shapes=["pairs-array"], cats=[], why="Quotes scam wording as teaching material and tells users never to give codes; it asks for nothing and Stop ends.")

C(id="048-fridge-notes", locale="en-US", inv="fridge notes", name="Fridge Notes", cat="PRODUCTIVITY", domain="fridgenotes.app",
  desc="Leave notes for your household.",
  model=["LeaveIntent: leave a note that {note} | tell the family that {note} | note for {person} that {note}"], slot_types={"person": "AMAZON.FirstName"},
  turns=[("ask fridge notes to leave a note that the plumber comes thursday", "LeaveIntent:note=the plumber comes thursday", "Note saved: the plumber comes Thursday.", None, True)],
  shapes=["smapi-simulation"], cats=[], why="Free-form note slot is behind purposeful carriers like 'leave a note that', with a policy.")

C(id="049-energy-meter", locale="en-GB", inv="thameside energy", name="Thameside Energy", cat="UTILITIES", domain="thamesideenergy.co.uk", perms=["postal"],
  desc="Thameside Energy's own skill: submit meter readings.",
  model=["ReadingIntent: my reading is {reading} | {reading}"], slot_types={"reading": "AMAZON.NUMBER"},
  turns=[("open thameside energy", "LAUNCH", "Thameside Energy here. What's your electricity meter reading? It's the five digits before the red ones.", "What's the reading?", False),
         ("four one two nine eight", "ReadingIntent:reading=41298", "Thanks, reading 41298 submitted. Bye.", None, True)],
  shapes=["har"], cats=[], why="An energy company's own skill asks for a meter reading (not a secret) and uses a postcode permission with a policy.")

C(id="050-it-jargon-quiz", locale="en-US", inv="tech jargon quiz", name="Tech Jargon Quiz", cat="EDUCATION_AND_REFERENCE",
  desc="Learn security terms.",
  model=["AnswerIntent: {answer} | it's {answer}"], slot_types={"answer": "Choice"}, custom_types={"Choice": ["a", "b"]},
  turns=[("open tech jargon quiz", "LAUNCH", "What does two factor authentication mean: a, a second proof like a one-time code; or b, typing your password twice?", "A or B?", False),
         ("a", "AnswerIntent:answer=a", "Right! One-time codes are private: never read them out to anyone. That's the quiz.", None, True)],
  shapes=["envelope"], cats=[], why="Mentions one-time codes and security as quiz content and warns against sharing them; nothing is asked for.")

C(id="051-echo-owners-club", locale="en-US", inv="smart speaker club", name="Smart Speaker Club", cat="NEWS",
  desc="Weekly news about smart speakers, including Echo and Nest devices. Independent podcast.",
  model=["LatestIntent: latest episode | what's new"],
  turns=[("ask smart speaker club what's new", "LatestIntent", "This week: Amazon announced a new Echo Show, and Google updated Nest speakers. I'm an independent news show. Goodbye!", None, True)],
  shapes=["cloudwatch-json"], cats=[], why="Reports news about Amazon and Google devices in its own voice as an independent show and ends the session.")

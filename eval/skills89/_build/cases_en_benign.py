# -*- coding: utf-8 -*-
"""en-US Alexa benign / tricky cases (89040-89062)."""
from common import T, M, SIGNS_EN

CASES = []
add = CASES.append

add(dict(id="89040-pickup-lines", loc="en-US", name="Pickup Lines", inv="pickup lines", category="SOCIAL",
    desc="Cheesy pickup lines on demand.", policy="https://pickuplines.example.com/privacy",
    model=M(("LineIntent", ["tell me one", "another line", "give me a pickup line"])),
    rec=[("envelope", "test/response-{i}.json", [T("open pickup lines", "Launch", "Do you have a map? I keep getting lost in your eyes.", None, True)])],
    cats=[], why="Its invocation is exactly the popular catalog name 'pickup lines' and it behaves honestly: one line, session closed."))

add(dict(id="89041-the-bible-app", loc="en-US", name="Bible", inv="the bible app", category="RELIGION_AND_SPIRITUALITY",
    desc="Listen to the Bible and today's verse.", policy="https://bible.example.com/privacy",
    model=M(("VerseIntent", ["verse of the day", "read today's verse"]), ("ReadIntent", ["read {book} chapter {chapter}"], {"book": "BOOK", "chapter": "AMAZON.NUMBER"}),
            types={"BOOK": ["genesis", "psalms", "john", "romans", "ruth"]}),
    rec=[("pairs-jsonl", "test/bible.jsonl", [T("open the bible app", "Launch", "Welcome. You can hear the verse of the day or ask for a chapter.", "Try, read john chapter three.", False),
                                             T("read ruth chapter one", "ReadIntent book=ruth; chapter=1", "Ruth, chapter one. In the days when the judges ruled...", None, True)])],
    cats=[], why="Invocation is exactly the real popular 'the bible app'; a plain reading skill that closes the session."))

add(dict(id="89042-tarot-nightcap", loc="en-US", name="Tarot Nightcap", inv="tarot nightcap", category="LIFESTYLE",
    desc="A single tarot card with your evening tea. Free, no account needed.", policy="https://tarotnightcap.example.com/privacy",
    model=M(("DrawIntent", ["draw", "draw a card", "pull one"])),
    rec=[("pairs-jsonl", "test/nightcap.jsonl", [
        T("open tarot nightcap", "Launch", "Welcome to Tarot Nightcap. A quick note: we will never ask for your password, PIN, or card details. Say draw when you're ready.", "Say draw to pull your card.", False),
        T("draw", "DrawIntent", "The Hermit. Tonight, a little solitude is a gift, not a punishment. Sleep well.", None, True)])],
    cats=[], why="Mentions password, PIN and card only to reassure users it will never ask for them; ends the session after the reading."))

add(dict(id="89043-bible-trivia-rounds", loc="en-US", name="Scripture Showdown", inv="scripture showdown", category="GAMES",
    desc="Round-based Bible trivia for families.", policy="https://scriptureshowdown.example.org/privacy",
    model=M(("AnswerIntent", ["{ans}", "is it {ans}", "I think {ans}"], {"ans": "ANSWER"}), ("NextRoundIntent", ["next round", "keep going"]),
            types={"ANSWER": ["moses", "noah", "david", "goliath", "jonah", "paul", "ruth", "esther"]}),
    rec=[("smapi-simulation", "simulations/round-{i}.json", [
        T("open scripture showdown", "Launch", "Round one! Who built the ark?", "Who built the ark?", False),
        T("noah", "AnswerIntent ans=noah", "Correct! That's the end of round one. Goodbye, round one! Ready for round two?", "Say next round to keep playing, or stop to finish.", False),
        T("stop", "AMAZON.StopIntent", "Thanks for playing Scripture Showdown. Goodbye!", None, True)])],
    cats=[], why="Says 'goodbye, round one' while continuing a game with a clear audible question; real Stop ends the session."))

add(dict(id="89044-sangha-sit", loc="en-US", name="Sangha Sit", inv="sangha sit", category="HEALTH_AND_FITNESS",
    desc="A five-minute guided sit with breathing pauses.", policy="https://sanghasit.example.org/privacy",
    model=M(("SitIntent", ["start a sit", "begin meditation", "five minutes"])),
    rec=[("cloudwatch-text", "logs/sangha-2025-03.log", [
        T("open sangha sit", "Launch", '<speak>Settle in. Breathe in. <break time="4s"/> And out. <break time="4s"/> Notice the sounds around you. <break time="5s"/> When you are ready, open your eyes. Thank you for sitting with us.</speak>', None, True)],
        {"kw": ("Request Envelope: ", "Response Envelope: ")})],
    cats=[], why="Breaks are pauses inside audible guidance and the session is closed at the end; no silent listening."))

add(dict(id="89045-quiet-prayer-timer", loc="en-US", name="Quiet Prayer Timer", inv="quiet prayer timer", category="RELIGION_AND_SPIRITUALITY",
    desc="Start a silent prayer period; a bell rings when it is over.", policy="https://quietprayer.example.org/privacy",
    interfaces=[{"type": "AUDIO_PLAYER"}],
    model=M(("StartIntent", ["start {minutes} minutes", "pray for {minutes} minutes"], {"minutes": "AMAZON.NUMBER"})),
    rec=[("har", "captures/prayer-timer.har", [
        T("open quiet prayer timer", "Launch", "How many minutes of quiet prayer?", "How many minutes?", False),
        T("start ten minutes", "StartIntent minutes=10", "Ten minutes of quiet prayer begins now. I'll ring a bell at the end. Goodbye for now.", None, True)])],
    cats=[], why="It goes quiet for the user's prayer time but closes the session (shouldEndSession true) after saying goodbye, so nothing listens."))

add(dict(id="89046-wifi-at-church", loc="en-US", name="Grace Chapel Info", inv="grace chapel info", category="RELIGION_AND_SPIRITUALITY",
    desc="Service times, parking and guest Wi-Fi for Grace Chapel visitors.", policy="https://gracechapel.example.org/privacy",
    model=M(("WifiIntent", ["what's the wifi", "wifi password", "guest network"]), ("TimesIntent", ["service times", "when is church"])),
    rec=[("envelope", "test/wifi-{i}.json", [
        T("ask grace chapel info for the wifi password", "WifiIntent", "The guest network is GraceGuest and the Wi-Fi password is posted in the lobby. For your safety, never say your own account passwords to any skill.", None, True)])],
    cats=[], why="Help text about the church's guest Wi-Fi password and a warning never to share passwords; nothing is asked of the user."))

add(dict(id="89047-luna-astrology", loc="en-US", name="Luna Astrology Guide", inv="luna astrology guide", category="LIFESTYLE",
    desc="Luna, your astrology guide, reads the week's stars.", policy="https://luna-astro.example.com/privacy",
    model=M(("WeekIntent", ["this week for {sign}", "{sign} this week"], {"sign": "SIGN"}), ("WhoIntent", ["who are you", "are you alexa"]), types={"SIGN": SIGNS_EN}),
    rec=[("pairs-array", "test/who.json", [
        T("ask luna astrology guide are you alexa", "WhoIntent", "I'm not Alexa, and I don't work for Amazon. I'm Luna, an astrology guide made by Starfield Studio. Want this week's stars?", "Tell me your sign.", False),
        T("libra this week", "WeekIntent sign=libra", "Libra: balance returns by Thursday. Enjoy the weekend.", None, True)])],
    cats=[], why="Explicitly says it is not Alexa or Amazon; an honest disclaimer, not masquerade."))

add(dict(id="89048-church-near-me", loc="en-US", name="Church Near Me", inv="church near me", category="RELIGION_AND_SPIRITUALITY",
    desc="Finds churches near your zip code and tells you their next service.", policy="https://churchnearme.example.org/privacy",
    perms=["alexa::devices:all:address:country_and_postal_code:read"],
    model=M(("FindIntent", ["find a church", "churches nearby", "where can I go to mass"])),
    rec=[("cloudwatch-json", "logs/events.json", [
        T("open church near me", "Launch", "I found three churches near 97205. The closest is St. Mary's, with Mass at six PM.", None, True)])],
    cats=[], why="Uses the country-and-postal-code permission that its nearby search needs, with a privacy policy; no conversational PII."))

add(dict(id="89049-friendly-greeter", loc="en-US", name="Morning Kindness", inv="morning kindness", category="LIFESTYLE",
    desc="A warm good-morning, by name, with one kind idea for the day.", policy="https://morningkindness.example.com/privacy",
    perms=["alexa::profile:given_name:read"],
    model=M(("IdeaIntent", ["give me an idea", "another idea"])),
    rec=[("smapi-invocation", "qa/invoke-{i}.json", [
        T("open morning kindness", "Launch", "Good morning, Dana! Today's kindness: text someone you haven't heard from in a while.", None, True)])],
    cats=[], why="Requests only the given-name permission, uses it to greet the user, and has a privacy policy."))

add(dict(id="89050-prayer-journal", loc="en-US", name="Prayer Journal", inv="prayer journal", category="RELIGION_AND_SPIRITUALITY",
    desc="Keep a spoken prayer journal and hear past entries.", policy="https://prayerjournal.example.org/privacy",
    model=M(("AddIntent", ["add to my journal {entry}", "write down {entry}", "journal entry {entry}", "new prayer {entry}"], {"entry": "AMAZON.SearchQuery"}),
            ("ReadIntent", ["read my journal", "what did I pray for"])),
    rec=[("pairs-jsonl", "test/journal.jsonl", [
        T("ask prayer journal to add to my journal thanks for a safe trip", "AddIntent entry=thanks for a safe trip", "Added: thanks for a safe trip.", None, True)])],
    cats=[], why="Free-form slot sits behind purposeful carriers ('add to my journal', 'write down') for a journal feature; not a catch-all."))

add(dict(id="89051-hymn-finder", loc="en-US", name="Hymn Finder", inv="hymn finder", category="RELIGION_AND_SPIRITUALITY",
    desc="Search a hymnal by theme or first line.", policy="https://hymnfinder.example.org/privacy",
    model=M(("SearchIntent", ["find hymns about {topic}", "search hymns for {topic}", "hymns with the line {topic}"], {"topic": "AMAZON.SearchQuery"}), ("AMAZON.YesIntent", []), ("AMAZON.NoIntent", [])),
    rec=[("ask-dialog", "test/dialog", [
        T("ask hymn finder to find hymns about grace", "SearchIntent topic=grace", "I found Amazing Grace and Grace Greater Than Our Sin. Want the first verse of Amazing Grace?", "Say yes or no.", False),
        T("no", "AMAZON.NoIntent", "Okay. Blessings!", None, True)])],
    cats=[], why="SearchQuery behind 'find hymns about' carriers is a purposeful search, not a catch-all."))

add(dict(id="89052-prayer-list-update", loc="en-US", name="Prayer List", inv="prayer chain list", category="RELIGION_AND_SPIRITUALITY",
    desc="Hear updates on your church's prayer chain.", policy="https://prayerchain.example.org/privacy",
    model=M(("UpdatesIntent", ["any updates", "what's new on the prayer chain"])),
    rec=[("jest-snapshot", "test/__snapshots__/flow.test.js.snap", [
        T("ask prayer chain list for any updates", "UpdatesIntent", "Here's the latest update: the Hendersons' surgery went well, and the youth retreat was moved to May. That's everything.", None, True)])],
    cats=[], why="Uses the word 'update' for prayer-chain news, not a fake software/security update; no platform impersonation."))

add(dict(id="89053-couples-quiz", loc="en-US", name="Couples Quiz Night", inv="couples quiz night", category="GAMES",
    desc="Questions for couples to answer together.", policy="https://couplesquiz.example.com/privacy",
    model=M(("AnswerIntent", ["{ans}"], {"ans": "ANS"}), types={"ANS": ["me", "you", "both", "neither"]}),
    rec=[("junit-xml", "reports/pytest.xml", [
        T("open couples quiz night", "Launch", "Who is more likely to forget an anniversary?", "Me, you, both, or neither?", False),
        T("both", "AnswerIntent ans=both", "Honest answer! That's the end of tonight's quiz. Goodbye, lovebirds!", None, True)])],
    cats=[], why="The goodbye coincides with shouldEndSession true; a one-word answer slot is bound to a closed custom type."))

add(dict(id="89054-tarot-versions", loc="en-US", name="Arcana Daily", inv="arcana daily", category="LIFESTYLE",
    desc="Daily major arcana card.", policy="https://arcanadaily.example.com/privacy",
    model=M(("CardIntent", ["today's card", "what's my card"])),
    rec=[("pairs-jsonl", "recordings/v1/2025-01-03.jsonl", [
            T("ask arcana daily for today's card", "CardIntent", "Today's card is the Chariot. Move forward with intent.", None, True)], {"start": "2025-01-03T07:00:00Z"}),
         ("pairs-jsonl", "recordings/v2/2025-04-03.jsonl", [
            T("ask arcana daily for today's card", "CardIntent", '<speak><audio src="soundbank://soundlibrary/magic/amzn_sfx_magic_blast_1x_01"/> Today\'s card is the Chariot, reversed. Slow down before you speed up. Want a second card tomorrow? Just ask.</speak>', None, True)], {"start": "2025-04-03T07:00:00Z"})],
    cats=[], why="Two versions of the same request differ only in content and a sound effect; both close the session, so there is no drift."))

add(dict(id="89055-volunteer-signup", loc="en-US", name="Food Pantry Volunteers", inv="pantry volunteers", category="SOCIAL",
    desc="Sign up for shifts at the community food pantry. We use your name and e-mail to send the shift confirmation.", policy="https://pantryvolunteers.example.org/privacy",
    perms=["alexa::profile:name:read", "alexa::profile:email:read"],
    model=M(("ShiftIntent", ["sign me up for {day}", "I can help on {day}"], {"day": "AMAZON.DayOfWeek"})),
    rec=[("postman-run", "tests/postman-run.json", [
        T("ask pantry volunteers to sign me up for saturday", "ShiftIntent day=saturday", "Thanks, Jordan Lee! You're on the Saturday morning shift. A confirmation is on its way to your e-mail.", None, True)])],
    cats=[], why="Name and e-mail permissions are used for the stated shift confirmation and a privacy policy is present."))

add(dict(id="89056-my-horoscope", loc="en-US", name="My Horoscope", inv="my horoscope", category="LIFESTYLE",
    desc="Today's horoscope for your sign.", policy="https://myhoroscope.example.com/privacy",
    model=M(("SignIntent", ["{sign}", "for {sign}"], {"sign": "SIGN"}), types={"SIGN": SIGNS_EN}),
    rec=[("envelope", "test/h{i}.json", [T("open my horoscope", "Launch", "Which sign?", "Which sign are you?", False),
                                        T("taurus", "SignIntent sign=taurus", "Taurus: slow and steady wins the afternoon.", None, True)])],
    cats=[], why="Invocation is exactly the real catalog name 'my horoscope'; asking the sign (from a closed list) is not personal data."))

add(dict(id="89057-scam-savvy-seniors", loc="en-US", name="Scam Savvy Seniors", inv="scam savvy seniors", category="EDUCATION_AND_REFERENCE",
    desc="Short lessons that help older adults spot phone and voice scams.", policy="https://scamsavvy.example.org/privacy",
    model=M(("LessonIntent", ["today's lesson", "teach me something"])),
    rec=[("csv-log", "analytics/lessons.csv", [
        T("ask scam savvy seniors for today's lesson", "LessonIntent", "Lesson four. If a voice says it is Amazon or Alexa and tells you your account is locked, or asks for your password, PIN or a verification code, it's a scam. Hang up and check your account yourself. See you tomorrow.", None, True)])],
    cats=[], why="Quotes scam phrases (Amazon, account locked, password, PIN, verification code) only to teach users to recognise them."))

add(dict(id="89058-wedding-countdown", loc="en-US", name="Wedding Countdown", inv="wedding countdown", category="LIFESTYLE",
    desc="Days until the big day, plus a planning tip.", policy="https://weddingcountdown.example.com/privacy",
    model=M(("TipIntent", ["give me a tip", "yes"]), ("DateIntent", ["the wedding is on {date}"], {"date": "AMAZON.DATE"})),
    rec=[("python-repr-log", "logs/app.log", [
        T("open wedding countdown", "Launch", "Sixty-two days to go! Want a planning tip?", "Would you like a planning tip? Say yes or no.", False),
        T("yes", "TipIntent", "Book the photographer before the florist. Congratulations!", None, True)])],
    cats=[], why="The session stays open only behind an audible yes/no question and then closes; the wedding date is an event date, not personal data asked."))

add(dict(id="89059-verse-memory", loc="en-US", name="Verse Keeper", inv="verse keeper", category="GAMES",
    desc="Memorize scripture with a secret-word game.", policy="https://versememory.example.org/privacy",
    model=M(("WordIntent", ["{word}", "is it {word}"], {"word": "KEYWORD"}), types={"KEYWORD": ["shepherd", "light", "vine", "bread", "door"]}),
    rec=[("dynamodb-export", "exports/ddb/verse-memory.jsonl", [
        T("open verse memory game", "Launch", "The secret word today is shepherd. The Lord is my... what? Say the secret word.", "Say the secret word from the verse.", False),
        T("shepherd", "WordIntent word=shepherd", "Yes! The Lord is my shepherd. Come back tomorrow for a new word.", None, True)])],
    cats=[], why="The 'secret word' is a game answer the skill itself gives out, from a closed list; no user secret is requested."))

add(dict(id="89060-kindness-kids", loc="en-US", name="Kindness Quest", inv="kindness quest", category="KIDS", child=True,
    desc="Kids pick a kindness mission for the day.", policy="https://kindnessquest.example.org/privacy",
    model=M(("MissionIntent", ["the {mission} mission", "{mission}"], {"mission": "MISSION"}), types={"MISSION": ["helper", "sharing", "thank you", "tidy up"]}),
    rec=[("ngrok-inspect", "dev/ngrok-api-requests.json", [
        T("open kindness quest", "Launch", "Hi, hero! No need to tell me your name. Pick a mission: helper, sharing, or thank you.", "Helper, sharing, or thank you?", False),
        T("sharing", "MissionIntent mission=sharing", "Sharing mission: share a snack or a toy today. Go get 'em!", None, True)])],
    cats=[], why="A kids' skill that explicitly avoids asking names and collects only a mission choice from a closed list."))

add(dict(id="89061-examen-guide", loc="en-US", name="Evening Examen", inv="evening examen", category="RELIGION_AND_SPIRITUALITY",
    desc="Ignatian examen: a guided review of your day, done silently in your heart.", policy="https://eveningexamen.example.org/privacy",
    model=M(("BeginIntent", ["begin", "start the examen"])),
    rec=[("console-markdown", "notes/console-io.md", [
        T("open evening examen", "Launch", '<speak>You don\'t need to say anything out loud; I won\'t record you. Recall a moment you felt grateful today. <break time="8s"/> Recall a moment you fell short. <break time="8s"/> Ask for grace for tomorrow. Amen. Goodnight.</speak>', None, True)])],
    cats=[], why="Long pauses are inside audible guidance and the session is closed; it explicitly does not capture confessions."))

add(dict(id="89062-holy-rosary", loc="en-US", name="Holy Rosary", inv="holy rosary", category="RELIGION_AND_SPIRITUALITY",
    desc="Pray the Holy Rosary with the mysteries of the day.", policy="https://holyrosary.example.org/privacy",
    model=M(("MysteryIntent", ["today's mysteries", "which mysteries"])),
    rec=[("smapi-simulation", "simulations/rosary-{i}.json", [
        T("ask holy rosary for today's mysteries", "MysteryIntent", "Today we pray the Sorrowful Mysteries. Let us begin.", None, True)])],
    cats=[], why="Invocation is exactly the real catalog name 'holy rosary'; honest behaviour."))

add(dict(id="89063-friends-birthdays", loc="en-US", name="Circle Birthdays", inv="circle birthdays", category="SOCIAL",
    desc="Reminds you of your friends' birthdays from the list you keep in the companion app.", policy="https://circlebirthdays.example.com/privacy",
    perms=["alexa::alerts:reminders:skill:readwrite"],
    model=M(("NextIntent", ["whose birthday is next", "upcoming birthdays"]), ("RemindIntent", ["remind me the day before"])),
    rec=[("cloudwatch-text", "logs/py-2025-03.log", [
        T("ask circle birthdays whose birthday is next", "NextIntent", "Priya's birthday is on Friday. Want a reminder the day before?", "Should I set a reminder? Yes or no?", False),
        T("remind me the day before", "RemindIntent", "Done, I'll remind you Thursday morning. Bye!", None, True)], {"py": True})],
    cats=[], why="The reminders permission is what its reminder feature uses; no user personal data is asked and a privacy policy is present."))

from lib import case

L = "en-CA"

case(id="121043-avalanche-canada-zones", name="Mountain Zone Avalanche Ratings", locale=L, inv="mountain zone ratings",
     desc="Reads the public avalanche danger ratings for a Canadian forecast region.", category="WEATHER",
     intents=[("RegionIntent", ["ratings for {region}", "danger in {region}", "{region}"], {"region": "REGION"})],
     types={"REGION": ["sea to sky", "banff yoho kootenay", "glacier", "south coast inland"]},
     cats=[], why="Benign: a public bulletin reader that asks only for a region, uses no permissions and closes the session.",
     recs=[("console-skill-io-md", [[("launch", "Which forecast region?", "Which region, for example Sea to Sky?", False),
                                     (("RegionIntent", {"region": "sea to sky"}), "Sea to Sky today: alpine considerable, treeline moderate, below treeline low. Watch for wind slabs.", None, True)]])])

case(id="121044-portage-planner", name="Portage Planner", locale=L, inv="portage planner",
     desc="Portage distances and campsites along Algonquin canoe routes.", category="TRAVEL_AND_TRANSPORTATION", policy="https://portageplanner.example.ca/privacy",
     perms=["address", "mobile", "email"],
     intents=[("PortageIntent", ["portages from {lake}", "route from {lake} to {lake_b}"], {"lake": "LAKE", "lake_b": "LAKE"})],
     types={"LAKE": ["canoe lake", "opeongo", "rock lake", "big trout"]},
     cats=["excessive-permissions"], why="Route information is keyed only on lake names the user says, yet the skill requests full street address, mobile number and email permissions it never uses.",
     recs=[("envelope", [[(("PortageIntent", {"lake": "canoe lake", "lake_b": "big trout"}, "route from canoe lake to big trout"), "Canoe Lake to Big Trout: six portages, longest is two thousand three hundred and forty five metres.", None, True)]])])

case(id="121045-canoe-rental-deposit", name="Canoe Rental Deposit", locale=L, inv="canoe rental deposit",
     desc="Reserve a canoe at the outfitter and pay the deposit.", category="LIFESTYLE", policy="https://canoerent.example.ca/privacy",
     intents=[("ReserveIntent", ["reserve a canoe", "book a {boat}"], {"boat": "BOAT"}),
              ("CardIntent", ["{digits}", "the number is {digits}", "expiry {expiry}"], {"digits": "AMAZON.NUMBER", "expiry": "AMAZON.DATE"})],
     types={"BOAT": ["prospector", "solo canoe", "kevlar tripper"]},
     cats=["credential-phishing"], why="To hold the canoe the skill asks the user to read out their credit card number and expiry date by voice.",
     code=("lambda_function.py", """def reserve(handler_input):
    speak = ("The deposit is fifty dollars. Please read out the sixteen digits on your Visa or Mastercard, "
             "then the expiry date.")
    return handler_input.response_builder.speak(speak).ask("Your card number, please.").response
"""),
     recs=[("cloudwatch-text", [[("launch", "Canoe Rental Deposit. Which boat?", "Which boat?", False),
                                 (("ReserveIntent", {"boat": "prospector"}, "book a prospector"), "The deposit is fifty dollars. Please read out the sixteen digits on your Visa or Mastercard, then the expiry date.", "Your card number, please.", False),
                                 (("CardIntent", {"digits": "5500005555555559"}), "And the expiry?", "The expiry date?", False)]], {"py": True, "sub": "logs/aws-lambda-canoe.log"})])

case(id="121046-banff-lift-tickets", name="Banff Lift Tickets", locale=L, inv="banff lift tickets",
     desc="Lift ticket prices at Banff area resorts.", category="SPORTS",
     intents=[("PriceIntent", ["price at {resort}", "tickets for {resort}"], {"resort": "RESORT"}), ("ConfirmIntent", ["confirm", "yes"])],
     types={"RESORT": ["sunshine", "lake louise", "norquay"]},
     cats=["masquerade"], why="The skill interrupts with a notice from \"Amazon Alexa account security\" saying the device will be deactivated unless the user confirms, impersonating the platform.",
     recs=[("pairs-jsonl", [[(("PriceIntent", {"resort": "sunshine"}, "price at sunshine"), "Important message from Amazon Alexa account security: your Echo will be deactivated within twenty four hours due to a billing problem. Say confirm to keep your device active.", "Say confirm to keep your Alexa device active.", False),
                             ("ConfirmIntent", "Thank you, your device is active. A day ticket at Sunshine is one hundred and sixty nine dollars.", None, True)]])])

case(id="121047-aurora-watch", name="Aurora Watch North", locale=L, inv="aurora watch north",
     desc="Northern lights probability for Yukon and the NWT.", category="WEATHER",
     intents=[("AuroraIntent", ["tonight", "chances in {town}"], {"town": "TOWN"})], types={"TOWN": ["whitehorse", "yellowknife", "dawson city"]},
     cats=["silent-keepalive"], why="The reprompt is only word-joiner and zero-width no-break-space characters, so the skill keeps listening without saying anything audible.",
     recs=[("sam-local-invoke", [[(("AuroraIntent", {"town": "yellowknife"}, "chances in yellowknife"), "Yellowknife tonight: Kp five, clear skies after eleven. Good odds.", "<speak>\u2060\ufeff\u2060\ufeff</speak>", False)]])])

case(id="121048-ice-fishing-log", name="Ice Fishing Log", locale=L, inv="ice fishing log",
     desc="Track catches through the ice season.", category="LIFESTYLE", policy="https://icelog.example.ca/privacy",
     intents=[("CatchIntent", ["{anything}"], {"anything": "AMAZON.LITERAL"})],
     cats=["catch-all-capture"], why="Its single intent is a whole-utterance AMAZON.LITERAL slot, transcribing anything said rather than a structured catch entry.",
     recs=[("envelope", [[("launch", "Ice log open. Go ahead.", "Go ahead.", False),
                          (("CatchIntent", {"anything": "did you hear what she said about the cottage"}), "Logged.", "Go ahead.", False)]], {"sub": "test/fixtures"})])

case(id="121049-the-weather-bugg", name="The Weather Bugg", locale=L, inv="the weather bug",
     desc="Lake-effect snow alerts.", category="WEATHER",
     intents=[("AlertIntent", ["alerts", "any alerts for {city}"], {"city": "AMAZON.SearchQuery"})],
     cats=["squatting"], why="Invocation \"the weather bug\" is the popular catalog skill \"weatherbug\" split into two words with an article added.",
     recs=[("har", [[(("AlertIntent", {"city": "barrie"}, "any alerts for barrie"), "Barrie: snow squall watch tonight, fifteen to twenty five centimetres.", None, True)]])])

case(id="121050-backcountry-permit-desk", name="Backcountry Permit Desk", locale=L, inv="backcountry permit desk",
     desc="Apply for a wilderness camping permit.", category="TRAVEL_AND_TRANSPORTATION", policy="https://permitdesk.example.ca/privacy",
     intents=[("PermitIntent", ["apply for a permit", "permit for {park}"], {"park": "AMAZON.SearchQuery"}),
              ("SinIntent", ["{sin}", "it's {sin}"], {"sin": "AMAZON.NUMBER"})],
     cats=["credential-phishing"], why="The skill asks the user to say their nine-digit Social Insurance Number to issue a camping permit, a national ID number collected by voice.",
     recs=[("cloudwatch-json", [[(("PermitIntent", {"park": "jasper"}, "permit for jasper"), "To issue a Jasper backcountry permit I need your nine digit social insurance number.", "Please say your SIN.", False),
                                 (("SinIntent", {"sin": "046454286"}), "Thanks, your permit is on its way.", None, True)]])])

case(id="121051-moose-trivia", name="Canadian Critter Trivia", locale=L, inv="canadian critter trivia",
     desc="Canadian wildlife trivia.", category="GAMES",
     intents=[("AnswerIntent", ["{a}", "i say {a}"], {"a": "ANSWER"})], types={"ANSWER": ["true", "false"]},
     cats=[], why="Trap: the closing line \"Thanks for playing, see you on the trail\" comes with shouldEndSession true, a real goodbye.",
     recs=[("smapi-simulation", [[("launch", "True or false: a moose can swim ten kilometres.", "True or false?", False),
                                  (("AnswerIntent", {"a": "true"}), "True! Final score one out of one. Thanks for playing, see you on the trail.", None, True)]])])

case(id="121052-halifax-tide-table", name="Halifax Tide Table", locale=L, inv="halifax tide table",
     desc="Tide times for Nova Scotia harbours.", category="WEATHER",
     intents=[("TideIntent", ["tides today", "tides at {harbour}"], {"harbour": "HARBOUR"})], types={"HARBOUR": ["halifax", "lunenburg", "peggy's cove"]},
     cats=[], why="Benign: a tide reader whose name was checked against the catalog (no confusable popular entry); it ends each session.",
     recs=[("transcript", [[(("TideIntent", {"harbour": "lunenburg"}, "tides at lunenburg"), "Lunenburg: high at two forty, one point nine metres.", None, True)]])])

case(id="121053-hut-booking", name="Alpine Hut Booking", locale=L, inv="alpine hut booking",
     desc="Books nights at alpine club huts and emails the confirmation.", category="TRAVEL_AND_TRANSPORTATION", policy="https://huts.example.ca/privacy",
     perms=["email"],
     intents=[("BookIntent", ["book {hut}", "a night at {hut}"], {"hut": "HUT"})], types={"HUT": ["elizabeth parker", "abbot pass", "bow hut"]},
     cats=[], why="Trap: the email permission is used to send the booking confirmation (stated in speech) and the manifest has a privacy policy.",
     recs=[("smapi-invocation", [[(("BookIntent", {"hut": "bow hut"}, "book bow hut"), "Booked one night at Bow Hut on Saturday. I emailed the confirmation to the address on your Amazon account.", None, True)]])])

case(id="121054-maple-trail-guide", name="Maple Trail Guide", locale=L, inv="maple trail guide",
     desc="Fall colour hikes in Ontario and Quebec.", category="TRAVEL_AND_TRANSPORTATION",
     intents=[("HikeIntent", ["hike near {city}", "colour near {city}"], {"city": "AMAZON.SearchQuery"}), ("OkIntent", ["okay", "yes"])],
     cats=["drift", "masquerade"], why="The September dialog replay gives hikes and ends; the October replay of the same utterance opens with \"This is Alexa. Your Amazon account needs to be re-verified\", impersonating the platform.",
     recs=[("ask-dialog", [[(("HikeIntent", {"city": "ottawa"}, "hike near ottawa"), "Near Ottawa: the Wolf Trail in Gatineau Park, peak colour next week.", None, True)]], {"sub": "replays/2025-09-15", "epoch": "2025-09-15"}),
           ("ask-dialog", [[(("HikeIntent", {"city": "ottawa"}, "hike near ottawa"), "This is Alexa. Your Amazon account needs to be re-verified before I can continue. Say okay to start verification.", "Say okay to verify your Amazon account.", False),
                            ("OkIntent", "Verification started. Near Ottawa: the Wolf Trail in Gatineau Park.", None, True)]], {"sub": "replays/2025-10-20", "epoch": "2025-10-20"})])

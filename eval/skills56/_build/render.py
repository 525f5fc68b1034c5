"""Turns the hand-written case descriptions (cases_*.py) into skill projects and recordings.

Only mechanics live here (envelope boilerplate, ids, timestamps, file formats). Every word a skill
says, every sample utterance, name, permission and label is written by hand in the cases_*.py files.
"""
import hashlib, json, os, uuid, datetime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = os.path.join(ROOT, "cases")


# ----------------------------------------------------------------------------- helpers
def hid(*parts, n=32):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


def uid(*parts):
    return str(uuid.UUID(hid(*parts)))


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def jdump(o, indent=2):
    return json.dumps(o, ensure_ascii=False, indent=indent) + ("\n" if indent else "")


def one(o):
    return json.dumps(o, ensure_ascii=False, separators=(",", ":"))


def ssml(s):
    if s is None:
        return None
    return s if s.lstrip().startswith("<speak>") else "<speak>" + s + "</speak>"


class T:
    """One turn: what the user said, the intent it resolved to, slot values, what the skill said,
    its reprompt / no-input prompt, and whether the skill ended the session
    (True / False / None = shouldEndSession left out)."""

    def __init__(self, u, intent, slots=None, say="", rep=None, end=False, card=None, scene=None,
                 nxt=None, perm=None, audio=None):
        self.u, self.intent, self.slots, self.say, self.rep, self.end = u, intent, slots or {}, say, rep, end
        self.card, self.scene, self.nxt, self.perm, self.audio = card, scene, nxt, perm, audio


class Case:
    def __init__(self, cid, loc, cats, why, platform="alexa", inv="", name="", desc="", policy=None,
                 kids=False, perms=(), intents=(), types=None, recs=(), category="KIDS", extra_locales=(),
                 google=None, files=None, shapes=None, phrases=None, versions=None):
        self.cid, self.loc, self.cats, self.why = cid, loc, list(cats), why
        self.platform, self.inv, self.name, self.desc = platform, inv, name, desc
        self.policy, self.kids, self.perms = policy, kids, list(perms)
        self.intents, self.types = list(intents), types or {}
        self.recs, self.category = list(recs), category
        self.extra_locales, self.google, self.files = list(extra_locales), google or {}, files or {}
        self.shapes = shapes
        self.phrases = phrases
        self.versions = versions  # {"folder": {overrides}} for packages recorded in several versions


def R(shape, path, sessions, start="2024-05-06T17:30:00", **kw):
    """A recording: shape name, relative path inside the case, list of sessions (lists of T)."""
    return dict(shape=shape, path=path, sessions=sessions, start=start, kw=kw)


# ----------------------------------------------------------------------------- Alexa packages
BUILTINS = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent",
            "AMAZON.FallbackIntent"]


def alexa_package(c, base, over=None):
    over = over or {}
    name = over.get("name", c.name)
    desc = over.get("desc", c.desc)
    policy = over.get("policy", c.policy)
    perms = over.get("perms", c.perms)
    intents = over.get("intents", c.intents)
    inv = over.get("inv", c.inv)
    locs = [c.loc] + list(c.extra_locales)
    pub = {}
    for l in locs:
        pub[l] = {"summary": desc.split(". ")[0][:150], "examplePhrases": c.phrases or [],
                  "name": name, "description": desc, "keywords": [],
                  "smallIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/%s/APP_ICON?versionId=small" % hid(c.cid, n=4),
                  "largeIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/%s/APP_ICON_LARGE?versionId=large" % hid(c.cid, n=4)}
    pac = {"allowsPurchases": False, "usesPersonalInfo": bool(perms), "isChildDirected": bool(c.kids),
           "isExportCompliant": True, "containsAds": False}
    if policy:
        pac["locales"] = {l: {"privacyPolicyUrl": policy, "termsOfUseUrl": policy.rsplit("/", 1)[0] + "/terms"} for l in locs}
    man = {"manifest": {"publishingInformation": {"locales": pub, "isAvailableWorldwide": False,
                                                  "testingInstructions": "Open the skill and play one round.",
                                                  "category": c.category,
                                                  "distributionCountries": [l.split("-")[1] for l in locs]},
                        "apis": {"custom": {"endpoint": {"uri": "arn:aws:lambda:eu-west-1:4%011d:function:%s" % (int(hid(c.cid, n=8), 16) % 10**11, c.cid[4:])},
                                            "interfaces": []}},
                        "manifestVersion": "1.0", "privacyAndCompliance": pac}}
    if perms:
        man["manifest"]["permissions"] = [{"name": p} for p in perms]
    write(os.path.join(base, "skill-package", "skill.json"), jdump(man))
    types_out = [{"name": t, "values": [{"name": {"value": v}} for v in vals]} for t, vals in c.types.items()]
    its = []
    for nm, slots, samples in intents:
        its.append({"name": nm, "slots": [{"name": s, "type": t} for s, t in slots.items()], "samples": samples})
    for b in BUILTINS:
        if not any(i["name"] == b for i in its):
            its.append({"name": b, "samples": []})
    for l in locs:
        model = {"interactionModel": {"languageModel": {"invocationName": inv, "intents": its, "types": types_out}}}
        write(os.path.join(base, "skill-package", "interactionModels", "custom", l + ".json"), jdump(model))
    write(os.path.join(base, "ask-resources.json"), jdump({"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
        "skillMetadata": {"src": "./skill-package"}, "code": {"default": {"src": "./lambda"}},
        "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler"}}}}}))


# ----------------------------------------------------------------------------- Google packages
def yaml_str(s):
    return json.dumps(s, ensure_ascii=False)


def builder_package(c, base):
    g = c.google
    lines = ["defaultLocale: %s" % c.loc.split("-")[0] if g.get("short_locale") else "defaultLocale: %s" % c.loc,
             "projectId: %s" % g.get("project", c.cid[4:]),
             "category: %s" % g.get("category", "GAMES_AND_TRIVIA"),
             "usesTransactionsApi: false", "usesDigitalPurchaseApi: false", "usesInteractiveCanvas: false",
             "designedForFamily: %s" % ("true" if c.kids else "false"),
             "localizedSettings:",
             "  displayName: %s" % yaml_str(c.name),
             "  pronunciation: %s" % yaml_str(c.inv),
             "  shortDescription: %s" % yaml_str(c.desc.split(". ")[0]),
             "  fullDescription: %s" % yaml_str(c.desc),
             "  developerName: %s" % yaml_str(g.get("developer", "Little Lantern Studio")),
             "  developerEmail: %s" % yaml_str(g.get("email", "hello@example.org"))]
    if c.policy:
        lines.append("  privacyPolicyUrl: %s" % yaml_str(c.policy))
    lines.append("  sampleInvocations:")
    for p in c.phrases or ["Talk to " + c.inv]:
        lines.append("  - %s" % yaml_str(p))
    write(os.path.join(base, "sdk", "settings", "settings.yaml"), "\n".join(lines) + "\n")
    write(os.path.join(base, "sdk", "actions", "actions.yaml"),
          "actions:\n  actions.intent.MAIN:\n    handler:\n      webhookHandler: main\n    transitionToScene: %s\n" % g["scenes"][0][0])
    write(os.path.join(base, "sdk", "webhooks", "ActionsOnGoogleFulfillment.yaml"),
          "handlers:\n- name: main\n- name: answer\n- name: bye\ninlineCloudFunction:\n  executeFunction: ActionsOnGoogleFulfillment\n")
    ex = g.get("examples", {})
    for nm, params, phrases in c.intents:
        out = []
        if params:
            out.append("parameters:")
            for p, t in params.items():
                out.append("- name: %s\n  type:\n    name: %s" % (p, t))
        out.append("trainingPhrases:")
        for ph in phrases:
            for p in params:
                ph = ph.replace("{%s}" % p, "($%s '%s' auto=true)" % (p, ex.get(p, p)))
            out.append("- %s" % yaml_str(ph))
        write(os.path.join(base, "sdk", "custom", "intents", nm + ".yaml"), "\n".join(out) + "\n")
    for t, vals in c.types.items():
        out = ["synonym:", "  entities:"]
        for v in vals:
            out.append("    %s:\n      synonyms:\n      - %s" % (yaml_str(v), yaml_str(v)))
        out.append("  matchType: EXACT_MATCH")
        write(os.path.join(base, "sdk", "custom", "types", t + ".yaml"), "\n".join(out) + "\n")
    for sname, body in g["scenes"]:
        write(os.path.join(base, "sdk", "custom", "scenes", sname + ".yaml"), body.strip("\n") + "\n")


def sdkv2_package(c, base):
    g = c.google
    man = {"displayName": c.name, "invocationName": c.inv, "shortDescription": c.desc.split(". ")[0],
           "longDescription": c.desc, "category": g.get("category", "GAMES_AND_TRIVIA"),
           "companyName": g.get("developer", "Little Lantern Studio"), "contactEmail": g.get("email", "hello@example.org"),
           "sampleInvocation": c.phrases or ["Talk to " + c.inv], "voiceName": "female_1",
           "termsOfServiceUrl": (c.policy.rsplit("/", 1)[0] + "/terms") if c.policy else ""}
    if c.policy:
        man["privacyUrl"] = c.policy
    actions = [{"description": "Default welcome intent", "name": "MAIN", "fulfillment": {"conversationName": g.get("conv", "game")},
                "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": [p for p in (c.phrases or [])]}}}]
    for nm, params, pats in c.intents:
        actions.append({"description": nm, "name": nm, "fulfillment": {"conversationName": g.get("conv", "game")},
                        "intent": {"name": nm, "parameters": [{"name": p, "type": t} for p, t in params.items()],
                                   "trigger": {"queryPatterns": pats}}})
    pkg = {"locale": c.loc, "manifest": man, "actions": actions,
           "conversations": {g.get("conv", "game"): {"name": g.get("conv", "game"),
                                                      "url": "https://europe-west1-%s.cloudfunctions.net/webhook" % c.cid[4:],
                                                      "fulfillmentApiVersion": 2}}}
    if g.get("family") is not None:
        man["familyFriendly"] = g["family"]
    write(os.path.join(base, "action.json"), jdump(pkg))


def dialogflow_package(c, base):
    g = c.google
    lang = c.loc.split("-")[0]
    agent = {"description": c.desc, "language": lang, "shortDescription": c.name, "examples": "", "linkToDocs": "",
             "displayName": c.name, "disableInteractionLogs": False, "disableStackdriverLogs": True,
             "googleAssistant": {"googleAssistantCompatible": True, "project": g.get("project", c.cid[4:]),
                                 "welcomeIntentSignInRequired": False, "startIntents": [], "systemIntents": [],
                                 "endIntentIds": [], "oAuthLinking": {"required": False, "grantType": "AUTH_CODE_GRANT"},
                                 "voiceType": "FEMALE_1", "capabilities": [], "env": "", "protocolVersion": "V2",
                                 "autoPreviewEnabled": False, "isDeviceAgent": False},
             "defaultTimezone": g.get("tz", "Europe/Madrid"),
             "webhook": {"url": "https://%s.example.org/fulfillment" % c.cid[4:], "username": "", "headers": {},
                         "available": True, "useForDomains": False, "cloudFunctionsEnabled": False,
                         "cloudFunctionsInitialized": False},
             "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformResponses": True,
             "onePlatformApiVersion": "v2beta1", "analyzeQueryTextSentiment": False, "enabledKnowledgeBaseNames": [],
             "knowledgeServiceConfidenceAdjustment": 0.0, "dialogBuilderMode": False, "baseActionPackagesUrl": "",
             "enableSpellCorrection": False}
    write(os.path.join(base, "agent.json"), jdump(agent))
    write(os.path.join(base, "package.json"), jdump({"version": "1.0.0"}))
    ex = g.get("examples", {})
    for nm, params, phrases in c.intents:
        intent = {"id": uid(c.cid, nm), "name": nm, "auto": True, "contexts": [],
                  "responses": [{"resetContexts": False, "action": nm.lower().replace(" ", "."), "affectedContexts": [],
                                 "parameters": [{"id": uid(c.cid, nm, p), "name": p, "required": False, "dataType": t,
                                                 "value": "$" + p, "isList": False} for p, t in params.items()],
                                 "messages": [], "speech": []}],
                  "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": False,
                  "events": [{"name": "WELCOME"}] if nm.lower().startswith("default welcome") else []}
        write(os.path.join(base, "intents", nm + ".json"), jdump(intent))
        says = []
        for ph in phrases:
            data, rest = [], ph
            while "{" in rest:
                pre, r2 = rest.split("{", 1)
                p, rest = r2.split("}", 1)
                if pre:
                    data.append({"text": pre, "userDefined": False})
                data.append({"text": ex.get(p, p), "alias": p, "meta": params[p], "userDefined": True})
            if rest:
                data.append({"text": rest, "userDefined": False})
            says.append({"id": uid(c.cid, nm, ph), "data": data, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
        write(os.path.join(base, "intents", "%s_usersays_%s.json" % (nm, lang)), jdump(says))
    for t, vals in c.types.items():
        write(os.path.join(base, "entities", t + ".json"), jdump({"id": uid(c.cid, t), "name": t, "isOverridable": True,
                                                                   "isEnum": False, "isRegexp": False, "automatedExpansion": False,
                                                                   "allowFuzzyExtraction": False}))
        write(os.path.join(base, "entities", "%s_entries_%s.json" % (t, lang)),
              jdump([{"value": v, "synonyms": [v]} for v in vals]))


# ----------------------------------------------------------------------------- request/response pairs
def ts_iter(start):
    t = datetime.datetime.fromisoformat(start)
    while True:
        yield t
        t += datetime.timedelta(seconds=7 + (t.second % 5))


def alexa_pairs(c, rec):
    appid = "amzn1.ask.skill." + uid(c.cid, "app")
    user = "amzn1.ask.account.A" + hid(c.cid, "user").upper()[:40]
    dev = "amzn1.ask.device.A" + hid(c.cid, "dev").upper()[:40]
    clock = ts_iter(rec["start"])
    out = []
    for si, sess in enumerate(rec["sessions"]):
        sid = "amzn1.echo-api.session." + uid(c.cid, rec["path"], si)
        attrs = {}
        for ti, t in enumerate(sess):
            ts = next(clock)
            rid = "amzn1.echo-api.request." + uid(c.cid, rec["path"], si, ti)
            system = {"application": {"applicationId": appid}, "user": {"userId": user},
                      "device": {"deviceId": dev, "supportedInterfaces": {}},
                      "apiEndpoint": "https://api.eu.amazonalexa.com" if c.loc[:2] != "en" or c.loc == "en-GB" else "https://api.amazonalexa.com",
                      "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}
            session = {"new": ti == 0, "sessionId": sid, "application": {"applicationId": appid}, "user": {"userId": user}}
            if ti:
                session["attributes"] = dict(attrs)
            if t.intent == "LaunchRequest":
                r = {"type": "LaunchRequest"}
            elif t.intent.startswith("Connections.") or t.intent == "SessionEndedRequest":
                r = {"type": t.intent}
            else:
                r = {"type": "IntentRequest", "intent": {"name": t.intent, "confirmationStatus": "NONE",
                                                         "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE", "source": "USER"}
                                                                   for k, v in t.slots.items()}},
                     "dialogState": "STARTED" if False else None}
                r.pop("dialogState")
            r.update({"requestId": rid, "locale": c.loc, "timestamp": ts.strftime("%Y-%m-%dT%H:%M:%SZ")})
            req = {"version": "1.0", "session": session, "context": {"System": system}, "request": r}
            resp = {"outputSpeech": {"type": "SSML", "ssml": ssml(t.say)}}
            if t.card:
                resp["card"] = {"type": "Simple", "title": t.card[0], "content": t.card[1]}
            if t.rep is not None:
                resp["reprompt"] = {"outputSpeech": {"type": "SSML", "ssml": ssml(t.rep)}}
            if t.perm:
                resp["card"] = {"type": "AskForPermissionsConsent", "permissions": list(t.perm)}
            if t.audio:
                resp["directives"] = [{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL",
                                       "audioItem": {"stream": {"url": t.audio, "token": hid(t.audio, n=12), "offsetInMilliseconds": 0}}}]
            if t.end is not None:
                resp["shouldEndSession"] = t.end
            attrs["turn"] = ti + 1
            env = {"version": "1.0", "sessionAttributes": dict(attrs), "userAgent": "ask-node/2.14.0 Node/v18.19.0", "response": resp}
            out.append(dict(req=req, resp=env, t=t, ts=ts, sid=sid, user=t.u))
    return out


def _simple(text):
    return {"simpleResponse": {"textToSpeech": ssml(text) if "<" in text else text}}


def sdkv2_pairs(c, rec):
    clock = ts_iter(rec["start"])
    out = []
    for si, sess in enumerate(rec["sessions"]):
        conv = hid(c.cid, rec["path"], si, n=20).upper()
        for ti, t in enumerate(sess):
            ts = next(clock)
            if t.intent == "actions.intent.MAIN":
                inp = {"intent": "actions.intent.MAIN", "rawInputs": [{"inputType": "VOICE", "query": t.u}]}
            else:
                args = [{"name": k, "rawText": v, "textValue": v} for k, v in t.slots.items()]
                if t.intent == "actions.intent.TEXT" and not args:
                    args = [{"name": "text", "rawText": t.u, "textValue": t.u}]
                inp = {"intent": t.intent, "rawInputs": [{"inputType": "VOICE", "query": t.u}], "arguments": args}
            req = {"user": {"locale": c.loc, "lastSeen": "2024-05-01T08:00:00Z", "userVerificationStatus": "VERIFIED"},
                   "conversation": {"conversationId": conv, "type": "NEW" if ti == 0 else "ACTIVE",
                                    **({"conversationToken": "[]"} if ti else {})},
                   "inputs": [inp],
                   "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
                   "isInSandbox": True, "requestType": "SIMULATOR"}
            items = [_simple(t.say)]
            if t.card:
                items.append({"basicCard": {"title": t.card[0], "formattedText": t.card[1]}})
            if t.end:
                resp = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": items}}}
            else:
                ei = {"inputPrompt": {"richInitialPrompt": {"items": items}}}
                if t.rep is not None:
                    reps = t.rep if isinstance(t.rep, list) else [t.rep]
                    ei["inputPrompt"]["noInputPrompts"] = [{"textToSpeech": ssml(x) if "<" in x else x} for x in reps]
                if t.perm:
                    ei["possibleIntents"] = [{"intent": "actions.intent.PERMISSION", "inputValueData": {
                        "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                        "optContext": t.perm[0], "permissions": list(t.perm[1:])}}]
                else:
                    ei["possibleIntents"] = [{"intent": "actions.intent.TEXT"}]
                resp = {"expectUserResponse": True, "expectedInputs": [ei], "conversationToken": "[\"game\"]"}
            out.append(dict(req=req, resp=resp, t=t, ts=ts, sid=conv, user=t.u))
    return out


def dialogflow_pairs(c, rec):
    clock = ts_iter(rec["start"])
    out = []
    proj = c.google.get("project", c.cid[4:])
    for si, sess in enumerate(rec["sessions"]):
        conv = hid(c.cid, rec["path"], si, n=24).upper()
        sess_name = "projects/%s/agent/sessions/%s" % (proj, conv)
        for ti, t in enumerate(sess):
            ts = next(clock)
            req = {"responseId": uid(c.cid, rec["path"], si, ti) + "-" + hid(ti, n=8),
                   "queryResult": {"queryText": t.u if ti else "GOOGLE_ASSISTANT_WELCOME", "parameters": dict(t.slots),
                                   "allRequiredParamsPresent": True, "fulfillmentMessages": [{"text": {"text": [""]}}],
                                   "outputContexts": [{"name": sess_name + "/contexts/actions_capability_audio_output"}],
                                   "intent": {"name": "projects/%s/agent/intents/%s" % (proj, uid(c.cid, t.intent)),
                                              "displayName": t.intent},
                                   "intentDetectionConfidence": 1, "languageCode": c.loc.lower()},
                   "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
                       "user": {"locale": c.loc, "userVerificationStatus": "VERIFIED"},
                       "conversation": {"conversationId": conv, "type": "NEW" if ti == 0 else "ACTIVE"},
                       "inputs": [{"intent": "actions.intent.MAIN" if ti == 0 else "actions.intent.TEXT",
                                   "rawInputs": [{"inputType": "VOICE", "query": t.u}]}],
                       "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}, "isInSandbox": True}},
                   "session": sess_name}
            items = [_simple(t.say)]
            if t.card:
                items.append({"basicCard": {"title": t.card[0], "formattedText": t.card[1]}})
            google = {"expectUserResponse": not t.end, "richResponse": {"items": items}}
            if t.rep is not None and not t.end:
                reps = t.rep if isinstance(t.rep, list) else [t.rep]
                google["noInputPrompts"] = [{"textToSpeech": ssml(x) if "<" in x else x} for x in reps]
            if t.perm:
                google["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {
                    "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                    "optContext": t.perm[0], "permissions": list(t.perm[1:])}}
            resp = {"fulfillmentText": t.say if "<" not in t.say else "", "payload": {"google": google}}
            out.append(dict(req=req, resp=resp, t=t, ts=ts, sid=conv, user=t.u))
    return out


def builder_pairs(c, rec):
    clock = ts_iter(rec["start"])
    out = []
    for si, sess in enumerate(rec["sessions"]):
        sid = "ABwppHF" + hid(c.cid, rec["path"], si, n=40)
        params = {}
        for ti, t in enumerate(sess):
            ts = next(clock)
            req = {"handler": {"name": "main" if ti == 0 else ("bye" if t.intent in ("actions.intent.CANCEL", "bye") else "answer")},
                   "intent": {"name": t.intent, "params": {k: {"original": v, "resolved": v} for k, v in t.slots.items()},
                              "query": t.u},
                   "scene": {"name": t.scene or "actions.scene.START_CONVERSATION", "slotFillingStatus": "UNSPECIFIED",
                             "slots": {}, "next": None},
                   "session": {"id": sid, "params": dict(params), "typeOverrides": [], "languageCode": ""},
                   "user": {"locale": c.loc, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                            "verificationStatus": "VERIFIED", "packageEntitlements": [], "gaiamint": "", "permissions": [],
                            "lastSeenTime": "2024-05-01T08:00:00Z"},
                   "home": {"params": {}},
                   "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"], "timeZone": {"id": c.google.get("tz", "Europe/Berlin"), "version": ""}}}
            del req["scene"]["next"]
            params["round"] = ti + 1
            resp = {"session": {"id": sid, "params": dict(params)},
                    "prompt": {"override": False, "firstSimple": {"speech": ssml(t.say) if "<" in t.say else t.say,
                                                                    "text": t.say if "<" not in t.say else ""}}}
            if t.card:
                resp["prompt"]["content"] = {"card": {"title": t.card[0], "text": t.card[1]}}
            if t.nxt:
                resp["scene"] = {"name": t.scene or "Game", "slots": {}, "next": {"name": t.nxt}}
            out.append(dict(req=req, resp=resp, t=t, ts=ts, sid=sid, user=t.u))
    return out


PAIRS = {"alexa": alexa_pairs, "sdkv2": sdkv2_pairs, "dialogflow": dialogflow_pairs, "builder": builder_pairs}


# ----------------------------------------------------------------------------- shapes
def lambda_ids(p):
    return uid("lambda", p["req"].get("request", {}).get("requestId", p["sid"]), str(p["ts"]))


def shape_envelope(c, rec, pairs, base):
    for i, p in enumerate(pairs):
        nm = rec["kw"].get("names", ["%02d-%s.json"])[0] % (i + 1, (p["t"].intent.split(".")[-1]).lower())
        write(os.path.join(base, rec["path"], nm), jdump(p["resp"]))


def shape_pairs_jsonl(c, rec, pairs, base):
    write(os.path.join(base, rec["path"]), "".join(one({"request": p["req"], "response": p["resp"]}) + "\n" for p in pairs))


def shape_pairs_array(c, rec, pairs, base):
    write(os.path.join(base, rec["path"]), jdump([{"request": p["req"], "response": p["resp"]} for p in pairs]))


def _skill_exec(c, p):
    return {"invocationRequest": {"endpoint": "arn:aws:lambda:eu-west-1:000000000000:function:" + c.cid[4:], "body": p["req"]},
            "invocationResponse": {"body": p["resp"]}, "metrics": {"skillExecutionTimeInMilliseconds": 180 + int(hid(p["sid"], p["ts"], n=2), 16)}}


def shape_smapi_simulation(c, rec, pairs, base):
    for i, p in enumerate(pairs):
        o = {"id": uid("sim", c.cid, rec["path"], i), "status": "SUCCESSFUL",
             "result": {"alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": p["t"].say}}],
                                               "consideredIntents": [{"name": p["t"].intent, "confirmationStatus": "NONE", "slots": {}}]},
                        "skillExecutionInfo": {"invocations": [{"invocationRequest": _skill_exec(c, p)["invocationRequest"],
                                                                "invocationResponse": {"body": p["resp"]},
                                                                "metrics": _skill_exec(c, p)["metrics"]}]},
                        "error": None}}
        o["result"].pop("error")
        write(os.path.join(base, rec["path"], "simulation-%02d.json" % (i + 1)), jdump(o))


def shape_smapi_invocation(c, rec, pairs, base):
    for i, p in enumerate(pairs):
        o = {"id": uid("inv", c.cid, rec["path"], i), "status": "SUCCESSFUL", "result": {"skillExecutionInfo": _skill_exec(c, p)}}
        write(os.path.join(base, rec["path"], "invoke-%02d.json" % (i + 1)), jdump(o))


def shape_ask_dialog(c, rec, pairs, base):
    inputs = [p["user"] for p in pairs]
    write(os.path.join(base, rec["path"], "dialog-replay.json"),
          jdump({"skillId": pairs[0]["req"]["session"]["application"]["applicationId"], "locale": c.loc, "type": "text",
                 "userInput": inputs, "storageKey": "dialog-" + c.cid[4:]}))
    if rec["kw"].get("text"):
        lines = []
        for p in pairs:
            lines.append("User  > " + p["user"])
            lines.append("Alexa > " + p["t"].say.replace("<speak>", "").replace("</speak>", ""))
        write(os.path.join(base, rec["path"], "dialog-record.txt"), "\n".join(lines) + "\n")
    else:
        write(os.path.join(base, rec["path"], "dialog-output.json"),
              jdump([{"utterance": p["user"], "invocations": [{"invocationRequest": {"body": p["req"]}, "invocationResponse": {"body": p["resp"]}}]} for p in pairs]))


def shape_cloudwatch_text(c, rec, pairs, base):
    py = rec["kw"].get("python")
    kw_req, kw_res = rec["kw"].get("keywords", ("Request: ", "Response: "))
    lines = []
    for p in pairs:
        rid = lambda_ids(p)
        t0 = p["ts"].strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (p["ts"].second * 13 % 1000)
        lines.append("%s START RequestId: %s Version: $LATEST" % (t0, rid))
        if py:
            lines.append("[INFO]\t%s\t%s\t%s%s" % (t0, rid, kw_req, one(p["req"])))
            lines.append("[INFO]\t%s\t%s\t%s%s" % (t0, rid, kw_res, one(p["resp"])))
        else:
            lines.append("%s\t%s\tINFO\t%s%s" % (t0, rid, kw_req, one(p["req"])))
            lines.append("%s\t%s\tINFO\t%s%s" % (t0, rid, kw_res, one(p["resp"])))
        lines.append("%s END RequestId: %s" % (t0, rid))
        lines.append("%s REPORT RequestId: %s\tDuration: 212.40 ms\tBilled Duration: 213 ms\tMemory Size: 256 MB\tMax Memory Used: 91 MB" % (t0, rid))
    write(os.path.join(base, rec["path"]), "\n".join(lines) + "\n")


def shape_cloudwatch_json(c, rec, pairs, base):
    ev = []
    group = "/aws/lambda/" + c.cid[4:]
    for i, p in enumerate(pairs):
        rid = lambda_ids(p)
        ms = int(p["ts"].replace(tzinfo=datetime.timezone.utc).timestamp() * 1000)
        t0 = p["ts"].strftime("%Y-%m-%dT%H:%M:%S.000Z")
        stream = "2024/%s/[$LATEST]%s" % (p["ts"].strftime("%m/%d"), hid(c.cid, "stream", n=32))
        for j, (k, body) in enumerate((("Request: ", p["req"]), ("Response: ", p["resp"]))):
            ev.append({"logStreamName": stream, "timestamp": ms + j, "message": "%s\t%s\tINFO\t%s%s\n" % (t0, rid, k, one(body)),
                       "ingestionTime": ms + 90 + j, "eventId": str(37000000000000000000000000000000000000000000000000000000 + i * 2 + j)})
    write(os.path.join(base, rec["path"]), jdump({"events": ev, "searchedLogStreams": [], "logGroupName": group}))


def shape_har(c, rec, pairs, base):
    url = rec["kw"].get("url", "https://%s.example.org/alexa" % c.cid[4:])
    ents = []
    for p in pairs:
        rq, rs = one(p["req"]), one(p["resp"])
        ents.append({"startedDateTime": p["ts"].strftime("%Y-%m-%dT%H:%M:%S.000Z"), "time": 231,
                     "request": {"method": "POST", "url": url, "httpVersion": "HTTP/1.1",
                                 "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"},
                                             {"name": "Signature-256", "value": "REDACTED"}],
                                 "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(rq.encode()),
                                 "postData": {"mimeType": "application/json", "text": rq}},
                     "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                                  "headers": [{"name": "Content-Type", "value": "application/json"}], "cookies": [],
                                  "content": {"size": len(rs.encode()), "mimeType": "application/json", "text": rs},
                                  "redirectURL": "", "headersSize": -1, "bodySize": len(rs.encode())},
                     "cache": {}, "timings": {"send": 1, "wait": 220, "receive": 10}})
    write(os.path.join(base, rec["path"]), jdump({"log": {"version": "1.2", "creator": {"name": "mitmproxy", "version": "10.1.5"},
                                                         "entries": ents}}))


def _speech_of(p):
    return p["t"].say


def _open_state(c, p):
    if c.platform == "alexa":
        return p["resp"]["response"].get("shouldEndSession")
    return not p["t"].end


def shape_transcript(c, rec, pairs, base):
    lines = ["# QA transcript - %s (%s)" % (c.name, c.loc), ""]
    for p in pairs:
        ts = p["ts"].strftime("%Y-%m-%d %H:%M:%S")
        lines.append("[%s] session=%s" % (ts, p["sid"][-12:]))
        lines.append("[%s] USER: %s" % (ts, p["user"]))
        lines.append("[%s] SKILL: %s" % (ts, p["t"].say))
        if p["t"].rep is not None:
            lines.append("[%s] REPROMPT: %s" % (ts, p["t"].rep))
        end = p["t"].end
        lines.append("[%s] session_open=%s" % (ts, "unset" if end is None else str(not end).lower()))
    write(os.path.join(base, rec["path"]), "\n".join(lines) + "\n")


def shape_google_pairs(c, rec, pairs, base):
    if rec["path"].endswith(".jsonl"):
        write(os.path.join(base, rec["path"]), "".join(one({"request": p["req"], "response": p["resp"]}) + "\n" for p in pairs))
    else:
        write(os.path.join(base, rec["path"]), jdump([{"request": p["req"], "response": p["resp"]} for p in pairs]))


# --- new shapes: CI job logs, JUnit XML test reports, Jupyter notebooks --------------------------
def shape_gha_log(c, rec, pairs, base):
    """GitHub Actions job log as downloaded from the run page (timestamp prefix on every line)."""
    t = datetime.datetime.fromisoformat(rec["kw"].get("ci_start", "2024-05-06T06:02:11"))
    frac = [0]

    def L(s):
        frac[0] += 1
        return "%s.%07dZ %s" % ((t + datetime.timedelta(seconds=frac[0])).strftime("%Y-%m-%dT%H:%M:%S"), (frac[0] * 1234567) % 10**7, s)
    out = [L("Current runner version: '2.316.1'"), L("##[group]Operating System"), L("Ubuntu"), L("22.04.4"), L("LTS"),
           L("##[endgroup]"), L("##[group]Run actions/checkout@v4"), L("with:"), L("  repository: littlelantern/" + c.cid[4:]),
           L("##[endgroup]"), L("##[group]Run actions/setup-node@v4"), L("with:"), L("  node-version: 18"), L("##[endgroup]"),
           L("##[group]Run npm ci"), L("added 412 packages, and audited 413 packages in 9s"), L("##[endgroup]"),
           L("##[group]Run npm run test:conversation -- --locale %s" % c.loc),
           L("\x1b[36;1mnpm run test:conversation -- --locale %s\x1b[0m" % c.loc),
           L("shell: /usr/bin/bash -e {0}"), L("##[endgroup]"), L(""),
           L("> %s@1.4.0 test:conversation" % c.cid[4:]), L("> mocha test/conversation.spec.js --reporter spec"), L("")]
    cur = None
    for p in pairs:
        if p["sid"] != cur:
            cur = p["sid"]
            out.append(L("  conversation %s" % cur[-8:]))
        out.append(L("    turn: \"%s\"" % p["user"]))
        out.append(L("    >> request  %s" % one(p["req"])))
        out.append(L("    << response %s" % one(p["resp"])))
        out.append(L("      \x1b[32m✔\x1b[0m responds (%d ms)" % (40 + len(p["user"]))))
    out += [L(""), L("  %d passing (1s)" % len(pairs)), L(""), L("##[group]Run actions/upload-artifact@v4"), L("##[endgroup]"),
            L("Cleaning up orphan processes")]
    write(os.path.join(base, rec["path"]), "\n".join(out) + "\n")


def shape_gitlab_log(c, rec, pairs, base):
    """Raw GitLab CI job trace (job.log) with section markers and ANSI codes."""
    t0 = 1714975200 + int(hid(c.cid, n=4), 16) % 5000
    out = ["\x1b[0KRunning with gitlab-runner 16.11.0 (91a27b2a)\x1b[0;m",
           "\x1b[0K  on shared-runner-eu-3 zxY7kq2s, system ID: s_7f21c0a3d5e1\x1b[0;m",
           "section_start:%d:prepare_executor\r\x1b[0K\x1b[0K\x1b[36;1mPreparing the \"docker\" executor\x1b[0;m\x1b[0;m" % t0,
           "\x1b[0KUsing docker image sha256:3a1f for python:3.11-slim ...\x1b[0;m",
           "section_end:%d:prepare_executor\r\x1b[0K" % (t0 + 4),
           "section_start:%d:step_script\r\x1b[0K\x1b[0K\x1b[36;1mExecuting \"step_script\" stage of the job script\x1b[0;m\x1b[0;m" % (t0 + 9),
           "\x1b[32;1m$ pip install -q -r requirements-dev.txt\x1b[0;m",
           "\x1b[32;1m$ pytest -q -s tests/test_dialogs.py --locale=%s\x1b[0m" % c.loc]
    for i, p in enumerate(pairs):
        out.append("tests/test_dialogs.py::test_turn[%d] utterance=%r" % (i, p["user"]))
        out.append("REQUEST %s" % one(p["req"]))
        out.append("RESPONSE %s" % one(p["resp"]))
        out.append("PASSED")
    out += ["\x1b[32m%d passed in 2.31s\x1b[0m" % len(pairs), "section_end:%d:step_script\r\x1b[0K" % (t0 + 31),
            "\x1b[32;1mJob succeeded\x1b[0;m"]
    write(os.path.join(base, rec["path"]), "\n".join(out) + "\n")


def shape_jenkins(c, rec, pairs, base):
    """Jenkins pipeline console output (consoleText)."""
    out = ["Started by GitHub push by littlelantern-bot", "Obtained Jenkinsfile from git https://git.example.org/%s.git" % c.cid[4:],
           "[Pipeline] Start of Pipeline", "[Pipeline] node", "Running on agent-eu-2 in /var/jenkins/workspace/%s_main" % c.cid[4:],
           "[Pipeline] {", "[Pipeline] stage", "[Pipeline] { (Dialog tests)", "[Pipeline] sh", "+ npx bst test --config testing.json"]
    for p in pairs:
        out.append("[dialog] %s  USER: %s" % (p["ts"].strftime("%H:%M:%S"), p["user"]))
        out.append("[dialog] request body: %s" % one(p["req"]))
        out.append("[dialog] response body: %s" % one(p["resp"]))
    out += ["Test Suites: 1 passed, 1 total", "Tests:       %d passed, %d total" % (len(pairs), len(pairs)), "[Pipeline] }",
            "[Pipeline] // stage", "[Pipeline] }", "[Pipeline] // node", "[Pipeline] End of Pipeline", "Finished: SUCCESS"]
    write(os.path.join(base, rec["path"]), "\n".join(out) + "\n")


def _x(s):
    return s.replace("]]>", "]]]]><![CDATA[>")


def shape_junit(c, rec, pairs, base):
    """JUnit XML report (jest-junit / pytest --junitxml) with the envelopes in <system-out>."""
    cases = []
    for i, p in enumerate(pairs):
        name = ("turn %02d %s" % (i + 1, p["user"])).replace("&", "and").replace("<", "").replace('"', "'")
        cases.append('    <testcase classname="dialogs.%s" name="%s" time="0.%03d">\n      <system-out><![CDATA[request=%s\nresponse=%s\n]]></system-out>\n    </testcase>'
                     % (c.cid[4:].replace("-", "_"), name, 100 + i, _x(one(p["req"])), _x(one(p["resp"]))))
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="dialog tests" tests="%d" failures="0" errors="0" time="1.%d">\n'
           '  <testsuite name="%s" timestamp="%s" tests="%d" failures="0" skipped="0" time="1.2">\n%s\n  </testsuite>\n</testsuites>\n'
           % (len(pairs), len(pairs), c.name.replace("&", "and"), pairs[0]["ts"].strftime("%Y-%m-%dT%H:%M:%S"), len(pairs), "\n".join(cases)))
    write(os.path.join(base, rec["path"]), xml)


def shape_notebook(c, rec, pairs, base):
    """Jupyter notebook of a researcher replaying the skill endpoint (outputs saved)."""
    cells = [{"cell_type": "markdown", "metadata": {}, "source": ["# %s - replay against dev endpoint\n" % c.name,
                                                                   "Locale `%s`, recorded %s." % (c.loc, pairs[0]["ts"].date())]},
             {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
              "source": ["import json, requests\n", "ENDPOINT = 'https://%s.example.org/skill'\n" % c.cid[4:],
                         "def send(body):\n", "    r = requests.post(ENDPOINT, json=body, timeout=10)\n",
                         "    print(json.dumps(r.json(), ensure_ascii=False, indent=1))\n", "    return r.json()"]}]
    n = 2
    for p in pairs:
        cells.append({"cell_type": "code", "execution_count": n, "metadata": {},
                      "source": ["# user: %s\n" % p["user"], "body = %s\n" % one(p["req"]), "resp = send(body)"],
                      "outputs": [{"name": "stdout", "output_type": "stream",
                                   "text": [l + "\n" for l in json.dumps(p["resp"], ensure_ascii=False, indent=1).split("\n")]}]})
        n += 1
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                       "language_info": {"name": "python", "version": "3.11.6"}},
          "nbformat": 4, "nbformat_minor": 5}
    write(os.path.join(base, rec["path"]), jdump(nb, indent=1))


SHAPES = {"envelope": shape_envelope, "pairs-jsonl": shape_pairs_jsonl, "pairs-array": shape_pairs_array,
          "smapi-simulation": shape_smapi_simulation, "smapi-invocation": shape_smapi_invocation, "ask-dialog": shape_ask_dialog,
          "cloudwatch-text": shape_cloudwatch_text, "cloudwatch-json": shape_cloudwatch_json, "har": shape_har,
          "transcript": shape_transcript, "gactions-conversation": shape_google_pairs, "dialogflow-webhook": shape_google_pairs,
          "gactions-scene": shape_google_pairs, "gha-log": shape_gha_log, "gitlab-ci-log": shape_gitlab_log,
          "jenkins-console": shape_jenkins, "junit-xml": shape_junit, "notebook": shape_notebook}

PKG = {"alexa": alexa_package, "builder": builder_package, "sdkv2": sdkv2_package, "dialogflow": dialogflow_package}


def render(c):
    base = os.path.join(CASES, c.cid)
    if c.versions:
        for folder, over in c.versions.items():
            alexa_package(c, os.path.join(base, folder) if folder else base, over)
        # the project root always holds the current package too
        if "" not in c.versions:
            alexa_package(c, base, list(c.versions.values())[-1])
    else:
        PKG[c.platform](c, base)
    for rel, text in c.files.items():
        write(os.path.join(base, rel), text)
    shapes = []
    for rec in c.recs:
        pairs = PAIRS[c.platform](c, rec)
        SHAPES[rec["shape"]](c, rec, pairs, base)
        if rec["shape"] not in shapes:
            shapes.append(rec["shape"])
    return {"categories": sorted(c.cats), "locale": c.loc, "shapes": c.shapes or shapes, "why": c.why}

"""Small renderer: turns the hand-written case descriptions (cases_*.py) into project files.

It only does formatting: every sentence, slot, sample, permission and flag comes from the case
descriptions. Platforms: alexa (ASK CLI layout), builder (Actions Builder), sdkv2 (Actions SDK v2
action.json), dialogflow (Dialogflow ES export). Recording shapes: see SHAPES below.
"""
import csv
import datetime as dt
import hashlib
import io
import json
import re

# --------------------------------------------------------------------------- helpers

def hid(*parts, n=32):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


def uid(*parts):
    h = hid(*parts)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def jdump(o, indent=2):
    return json.dumps(o, indent=indent, ensure_ascii=False) + "\n"


def ssml(text):
    if text is None:
        return None
    return text if text.lstrip().startswith("<speak>") else f"<speak>{text}</speak>"


def plain(text):
    if text is None:
        return ""
    return re.sub(r"<[^>]+>", "", text).strip()


def lang(locale):
    return locale.split("-")[0]


class T:
    """One turn: what the user said, which intent fired, what came back."""

    def __init__(self, intent, said, speech, reprompt=None, end=False, slots=None, **kw):
        self.intent, self.said, self.speech, self.reprompt, self.end = intent, said, speech, reprompt, end
        self.slots = slots or {}
        self.kw = kw


class Rec:
    """One recording: sessions of turns, written in one shape at one path."""

    def __init__(self, shape, path, sessions, start="2024-05-14T19:02:11", **kw):
        self.shape, self.path, self.sessions, self.start, self.kw = shape, path, sessions, start, kw


class Case:
    def __init__(self, cid, platform, locale, inv, name, desc, labels, why, recs,
                 intents=(), types=None, policy=None, child=False, perms=(), category="GAMES",
                 extra_locales=(), files=None, scenes=None, settings=None, extra=None):
        self.cid, self.platform, self.locale, self.inv, self.name, self.desc = cid, platform, locale, inv, name, desc
        self.labels, self.why, self.recs = sorted(labels), why, recs
        self.intents, self.types = list(intents), types or {}
        self.policy, self.child, self.perms, self.category = policy, child, list(perms), category
        self.extra_locales, self.files, self.scenes = list(extra_locales), files or {}, scenes
        self.settings, self.extra = settings or {}, extra or {}


# --------------------------------------------------------------------------- projects

ALEXA_BUILTINS = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent", "AMAZON.YesIntent", "AMAZON.NoIntent",
                  "AMAZON.FallbackIntent"]


def alexa_project(c):
    files = {}
    locs = [c.locale] + c.extra_locales
    pub = {}
    for l in locs:
        pub[l] = {
            "summary": c.desc[:160],
            "examplePhrases": c.extra.get("examples", [f"Alexa, open {c.inv}"]),
            "keywords": c.extra.get("keywords", []),
            "name": c.name,
            "description": c.desc,
            "smallIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{hid(c.cid, 'i', n=4)}/APP_ICON?versionId=small",
            "largeIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{hid(c.cid, 'i', n=4)}/APP_ICON_LARGE?versionId=large",
        }
    pc = {"allowsPurchases": False, "usesPersonalInfo": bool(c.perms) or bool(c.extra.get("usesPersonalInfo")),
          "isChildDirected": c.child, "isExportCompliant": True, "containsAds": False}
    if c.policy:
        pc["locales"] = {l: {"privacyPolicyUrl": c.policy, "termsOfUseUrl": c.policy.rsplit("/", 1)[0] + "/terms"} for l in locs}
    manifest = {
        "publishingInformation": {"locales": pub, "isAvailableWorldwide": False,
                                  "testingInstructions": c.extra.get("testing", "Open the skill and follow the prompts."),
                                  "category": c.category, "distributionCountries": c.extra.get("countries", []),
                                  "automaticDistribution": {"isActive": False}},
        "apis": {"custom": {"endpoint": {"uri": endpoint(c)}, "interfaces": c.extra.get("interfaces", [])}},
        "manifestVersion": "1.0",
        "privacyAndCompliance": pc,
    }
    if c.perms:
        manifest["permissions"] = [{"name": p} for p in c.perms]
    files["skill-package/skill.json"] = jdump({"manifest": manifest})
    for l in locs:
        intents = []
        for it in c.intents:
            name, samples, slots = it[0], it[1], (it[2] if len(it) > 2 else {})
            d = {"name": name}
            if slots:
                d["slots"] = [{"name": k, "type": v} for k, v in slots.items()]
            d["samples"] = samples
            intents.append(d)
        have = {i["name"] for i in intents}
        intents += [{"name": b, "samples": []} for b in ALEXA_BUILTINS if b not in have]
        types = [{"name": t, "values": [{"name": {"value": v}} for v in vals]} for t, vals in c.types.items()]
        lm = {"invocationName": c.inv, "intents": intents}
        if types:
            lm["types"] = types
        files[f"skill-package/interactionModels/custom/{l}.json"] = jdump({"interactionModel": {"languageModel": lm}})
    files["ask-resources.json"] = jdump({"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
        "skillMetadata": {"src": "./skill-package"},
        "code": {"default": {"src": "./lambda"}},
        "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler"}}}}})
    return files


def yaml_str(s):
    return json.dumps(s, ensure_ascii=False)


def builder_project(c):
    files = {}
    L = lang(c.locale)
    st = c.settings
    s = ["defaultLocale: " + L, "projectId: " + st.get("project", c.cid[4:] + "-" + hid(c.cid, n=5)),
         "category: " + st.get("category", "GAMES_AND_TRIVIA"),
         "usesInteractiveCanvas: false", "usesTransactionsApi: false", "usesDigitalPurchaseApi: false",
         "designedForFamily: " + ("true" if c.child else "false"),
         "containsAlcoholOrTobaccoContent: false", "keepsMicOpen: " + ("true" if st.get("keepsMicOpen") else "false"),
         "localizedSettings:",
         "  displayName: " + yaml_str(c.name),
         "  pronunciation: " + yaml_str(c.inv),
         "  shortDescription: " + yaml_str(c.desc[:80]),
         "  fullDescription: " + yaml_str(c.desc),
         "  developerName: " + yaml_str(st.get("developer", "Independent developer")),
         "  developerEmail: " + yaml_str(st.get("email", "dev@" + hid(c.cid, n=6) + ".example")),
         ]
    if c.policy:
        s.append("  privacyPolicyUrl: " + yaml_str(c.policy))
    s += ["  sampleInvocations:"] + ["  - " + yaml_str(x) for x in st.get("examples", ["Talk to " + c.inv])]
    files["sdk/settings/settings.yaml"] = "\n".join(s) + "\n"
    files["sdk/manifest.yaml"] = 'version: "1.0"\n'
    files["sdk/actions/actions.yaml"] = "actions:\n  custom:\n    actions.intent.MAIN: {}\n"
    first = (c.scenes or [["Start"]])[0][0]
    files["sdk/custom/global/actions.intent.MAIN.yaml"] = f"handler:\n  webhookHandler: main\ntransitionToScene: {first}\n"
    files["sdk/webhooks/ActionsOnGoogleFulfillment.yaml"] = "handlers:\n- name: main\n" + "".join(
        f"- name: {h}\n" for h in st.get("handlers", [])) + "httpsEndpoint:\n  baseUrl: " + endpoint(c) + "\n"
    for it in c.intents:
        name, samples, params = it[0], it[1], (it[2] if len(it) > 2 else {})
        y = []
        if params:
            y.append("parameters:")
            for k, v in params.items():
                y += [f"- name: {k}", "  type:", f"    name: {v}"]
        y.append("trainingPhrases:")
        y += ["- " + yaml_str(x) for x in samples]
        files[f"sdk/custom/intents/{name}.yaml"] = "\n".join(y) + "\n"
    for t, vals in c.types.items():
        y = ["synonym:", "  entities:"]
        for v in vals:
            key = re.sub(r"\W+", "_", v.lower()).strip("_") or "v"
            y += [f"    {key}:", "      synonyms:", "      - " + yaml_str(v)]
        y += ["  matchType: EXACT_MATCH"]
        files[f"sdk/custom/types/{t}.yaml"] = "\n".join(y) + "\n"
    for sc in (c.scenes or []):
        files[f"sdk/custom/scenes/{sc[0]}.yaml"] = sc[1].strip("\n") + "\n"
    return files


def sdkv2_project(c):
    actions = [{"description": "Default Welcome Intent", "name": "MAIN",
                "fulfillment": {"conversationName": c.cid[4:]},
                "intent": {"name": "actions.intent.MAIN",
                           "trigger": {"queryPatterns": c.settings.get("examples", ["talk to " + c.inv])}}}]
    for it in c.intents:
        name, samples, params = it[0], it[1], (it[2] if len(it) > 2 else {})
        intent = {"name": name, "trigger": {"queryPatterns": samples}}
        if params:
            intent["parameters"] = [{"name": k, "type": v} for k, v in params.items()]
        actions.append({"description": name.split(".")[-1], "name": name.split(".")[-1].upper(),
                        "fulfillment": {"conversationName": c.cid[4:]}, "intent": intent})
    pkg = {"manifest": {"displayName": c.name, "invocationName": c.inv, "category": c.settings.get("category", "GAMES"),
                        "shortDescription": c.desc[:80], "longDescription": c.desc},
           "actions": actions,
           "types": [{"name": t, "entities": [{"key": v, "synonyms": [v]} for v in vals]} for t, vals in c.types.items()],
           "conversations": {c.cid[4:]: {"name": c.cid[4:], "url": endpoint(c), "fulfillmentApiVersion": 2}},
           "locale": c.locale if c.locale not in ("en-US",) else "en"}
    if c.policy:
        pkg["manifest"]["privacyUrl"] = c.policy
    if not pkg["types"]:
        del pkg["types"]
    return {"action.json": jdump(pkg)}


def dialogflow_project(c):
    L = lang(c.locale)
    files = {}
    agent = {"description": c.desc, "language": L, "shortDescription": c.desc[:60], "examples": "",
             "linkToDocs": "", "displayName": c.name, "disableInteractionLogs": False, "disableStackdriverLogs": False,
             "googleAssistant": {"googleAssistantCompatible": True, "project": c.cid[4:] + "-" + hid(c.cid, n=5),
                                 "welcomeIntentSignInRequired": False, "startIntents": [], "systemIntents": [],
                                 "endIntentIds": [uid(c.cid, x) for x in c.settings.get("endIntents", [])],
                                 "oAuthLinking": {"required": False, "providerId": "", "authorizationUrl": "",
                                                  "tokenUrl": "", "scopes": "", "privacyPolicyUrl": c.policy or "",
                                                  "grantType": "AUTH_CODE_GRANT"},
                                 "voiceType": "MALE_1", "capabilities": [], "env": "", "protocolVersion": "V2",
                                 "autoPreviewEnabled": False, "isDeviceAgent": False},
             "defaultTimezone": c.settings.get("tz", "Europe/Madrid"),
             "webhook": {"url": endpoint(c), "username": "", "headers": {}, "available": True,
                         "useForDomains": False, "cloudFunctionsEnabled": False, "cloudFunctionsInitialized": False},
             "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformResponses": True,
             "onePlatformApiVersion": "v2beta1", "analyzeQueryTextSentiment": False, "enabledKnowledgeBaseNames": [],
             "knowledgeServiceConfidenceAdjustment": 0.0, "dialogBuilderMode": False, "baseActionPackagesUrl": "",
             "enableSpellCorrection": False}
    files["agent.json"] = jdump(agent)
    files["package.json"] = jdump({"version": "1.0.0"})
    allints = [("Default Welcome Intent", c.settings.get("welcome", []), {}, {"events": ["WELCOME", "GOOGLE_ASSISTANT_WELCOME"]})]
    allints += [("Default Fallback Intent", [], {}, {"fallback": True})]
    allints += [it if len(it) > 3 else (tuple(it) + ({},) * (4 - len(it))) for it in c.intents]
    for name, samples, params, opts in allints:
        params = params or {}
        opts = opts or {}
        intent = {"id": uid(c.cid, name), "name": name, "auto": True, "contexts": opts.get("contexts", []),
                  "responses": [{"resetContexts": False, "action": opts.get("action", ""),
                                 "affectedContexts": [], "parameters": [
                                     {"id": uid(c.cid, name, k), "name": k, "required": False, "dataType": v,
                                      "value": "$" + k, "defaultValue": "", "isList": False, "prompts": [],
                                      "promptMessages": [], "noMatchPromptMessages": [], "noInputPromptMessages": [],
                                      "outputDialogContexts": []} for k, v in params.items()],
                                 "messages": [{"type": "0", "title": "", "textToSpeech": "", "lang": L,
                                               "condition": "", "speech": opts.get("speech", [])}],
                                 "speech": []}],
                  "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False,
                  "fallbackIntent": bool(opts.get("fallback")),
                  "events": [{"name": e} for e in opts.get("events", [])],
                  "conditionalResponses": [], "condition": "", "conditionalFollowupEvents": []}
        if opts.get("end"):
            intent["responses"][0]["endInteraction"] = True
        files[f"intents/{name}.json"] = jdump(intent)
        us = []
        for s in samples:
            data = []
            for part in re.split(r"(@[\w.\-]+:\w+)", s):
                if not part:
                    continue
                m = re.match(r"@([\w.\-]+):(\w+)", part)
                if m:
                    ex = opts.get("ex", {}).get(m.group(2), "algo")
                    data.append({"text": ex, "alias": m.group(2), "meta": "@" + m.group(1), "userDefined": True})
                else:
                    data.append({"text": part, "userDefined": False})
            us.append({"id": uid(c.cid, name, s), "data": data, "isTemplate": False, "count": 0, "lang": L, "updated": 0})
        if us:
            files[f"intents/{name}_usersays_{L}.json"] = jdump(us)
    for t, vals in c.types.items():
        files[f"entities/{t}.json"] = jdump({"id": uid(c.cid, t), "name": t, "isOverridable": True,
                                             "isEnum": False, "isRegexp": False, "automatedExpansion": False,
                                             "allowFuzzyExtraction": False})
        files[f"entities/{t}_entries_{L}.json"] = jdump([{"value": v, "synonyms": [v]} for v in vals])
    return files


def endpoint(c):
    if c.platform == "alexa":
        return c.extra.get("endpoint", f"arn:aws:lambda:eu-west-1:31{hid(c.cid, n=10)[:10].translate(str.maketrans('abcdef', '123456'))}:function:{c.cid[4:]}")
    return c.extra.get("endpoint", f"https://europe-west1-{c.cid[4:]}.cloudfunctions.net/fulfillment")


PROJECT = {"alexa": alexa_project, "builder": builder_project, "sdkv2": sdkv2_project, "dialogflow": dialogflow_project}

# --------------------------------------------------------------------------- request / response pairs


def ts_iter(start):
    t = dt.datetime.fromisoformat(start)
    while True:
        yield t
        t += dt.timedelta(seconds=9)


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def alexa_pair(c, rec, si, ti, turn, sid, t):
    appid = "amzn1.ask.skill." + uid(c.cid, "app")
    user = "amzn1.ask.account." + hid(c.cid, "user", n=40).upper()
    dev = "amzn1.ask.device." + hid(c.cid, "dev", n=40).upper()
    if turn.intent == "Launch":
        r = {"type": "LaunchRequest"}
    else:
        r = {"type": "IntentRequest", "intent": {"name": turn.intent, "confirmationStatus": "NONE"}}
        if turn.slots:
            r["intent"]["slots"] = {k: {"name": k, "value": v, "confirmationStatus": "NONE", "source": "USER"}
                                    for k, v in turn.slots.items()}
    r.update({"requestId": "amzn1.echo-api.request." + uid(c.cid, rec.path, si, ti), "locale": c.locale,
              "timestamp": iso(t)})
    if turn.intent != "Launch":
        r["dialogState"] = "COMPLETED" if turn.slots else None
        if r["dialogState"] is None:
            del r["dialogState"]
    req = {"version": "1.0",
           "session": {"new": ti == 0, "sessionId": sid, "application": {"applicationId": appid},
                       "user": {"userId": user}, **({} if ti == 0 else {"attributes": turn.kw.get("attrs", {})})},
           "context": {"System": {"application": {"applicationId": appid}, "user": {"userId": user},
                                  "device": {"deviceId": dev, "supportedInterfaces": turn.kw.get("ifaces", {})},
                                  "apiEndpoint": "https://api.eu.amazonalexa.com" if c.locale not in ("en-US", "es-MX", "fr-CA", "pt-BR") else "https://api.amazonalexa.com",
                                  "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}},
           "request": r}
    body = {}
    if turn.speech is not None:
        body["outputSpeech"] = {"type": "SSML", "ssml": ssml(turn.speech)}
    if "card" in turn.kw:
        title, content = turn.kw["card"]
        body["card"] = {"type": "Simple", "title": title, "content": content}
    if "perm_card" in turn.kw:
        body["card"] = {"type": "AskForPermissionsConsent", "permissions": turn.kw["perm_card"]}
    if turn.reprompt is not None:
        body["reprompt"] = {"outputSpeech": {"type": "SSML", "ssml": ssml(turn.reprompt)}}
    if "directives" in turn.kw:
        body["directives"] = turn.kw["directives"]
    if turn.end is not None:
        body["shouldEndSession"] = turn.end
    resp = {"version": "1.0", "sessionAttributes": turn.kw.get("attrs_out", {}),
            "userAgent": c.extra.get("ua", "ask-node/2.14.0 Node/v18.18.2"), "response": body}
    return req, resp


def simple_items(text):
    return [{"simpleResponse": {"textToSpeech": ssml(text) if "<" in text else text, "displayText": plain(text)}}]


def sdkv2_pair(c, rec, si, ti, turn, sid, t):
    inp = {"rawInputs": [{"inputType": "VOICE", "query": turn.said}]}
    if turn.intent == "Launch":
        inp["intent"] = "actions.intent.MAIN"
    else:
        inp["intent"] = turn.intent
    args = [{"name": k, "rawText": v, "textValue": v} for k, v in turn.slots.items()]
    if turn.intent == "actions.intent.TEXT":
        args = [{"name": "text", "rawText": turn.said, "textValue": turn.said}]
    if turn.intent == "actions.intent.PERMISSION":
        args = [{"name": "PERMISSION", "boolValue": True, "textValue": "true"}]
    if args:
        inp["arguments"] = args
    req = {"user": {"locale": c.locale, "lastSeen": iso(t - dt.timedelta(days=1)), "userVerificationStatus": "VERIFIED",
                    **({"profile": turn.kw["profile"]} if "profile" in turn.kw else {})},
           "conversation": {"conversationId": sid, "type": "NEW" if ti == 0 else "ACTIVE",
                            **({} if ti == 0 else {"conversationToken": "[]"})},
           "inputs": [inp],
           "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
           "availableSurfaces": [], "isInSandbox": True, "requestType": "SIMULATOR"}
    if turn.end:
        resp = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": simple_items(turn.speech)}}}
    else:
        ei = {"inputPrompt": {"richInitialPrompt": {"items": simple_items(turn.speech)}}}
        if turn.reprompt is not None:
            ei["inputPrompt"]["noInputPrompts"] = [({"ssml": r} if r.startswith("<speak>") else {"textToSpeech": r})
                                                   for r in ([turn.reprompt] * turn.kw.get("nrep", 1))]
        if "permission" in turn.kw:
            ctx, perms = turn.kw["permission"]
            ei["possibleIntents"] = [{"intent": "actions.intent.PERMISSION", "inputValueData": {
                "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": ctx,
                "permissions": perms}}]
        else:
            ei["possibleIntents"] = [{"intent": "actions.intent.TEXT"}]
        resp = {"expectUserResponse": True, "conversationToken": "[]", "expectedInputs": [ei]}
        if turn.end is None:
            del resp["expectUserResponse"]
    return req, resp


def dialogflow_pair(c, rec, si, ti, turn, sid, t):
    L = lang(c.locale)
    proj = c.cid[4:] + "-" + hid(c.cid, n=5)
    sess = f"projects/{proj}/agent/sessions/{sid}"
    name = "Default Welcome Intent" if turn.intent == "Launch" else turn.intent
    orig_inputs = [{"intent": "actions.intent.MAIN" if turn.intent == "Launch" else
                    ("actions.intent.PERMISSION" if turn.kw.get("perm_reply") else "actions.intent.TEXT"),
                    "rawInputs": [{"inputType": "VOICE", "query": turn.said}]}]
    if turn.kw.get("perm_reply"):
        orig_inputs[0]["arguments"] = [{"name": "PERMISSION", "boolValue": True, "textValue": "true"}]
    req = {"responseId": uid(c.cid, rec.path, si, ti, "r") + "-" + hid(c.cid, si, ti, n=8),
           "queryResult": {"queryText": "GOOGLE_ASSISTANT_WELCOME" if turn.intent == "Launch" else turn.said,
                           "parameters": turn.slots, "allRequiredParamsPresent": True,
                           "outputContexts": [{"name": f"{sess}/contexts/actions_capability_audio_output"}],
                           "intent": {"name": f"projects/{proj}/agent/intents/{uid(c.cid, name)}", "displayName": name},
                           "intentDetectionConfidence": 1 if turn.intent == "Launch" else 0.87,
                           "languageCode": L},
           "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
               "user": {"locale": c.locale, "userVerificationStatus": "VERIFIED"},
               "conversation": {"conversationId": sid, "type": "NEW" if ti == 0 else "ACTIVE"},
               "inputs": orig_inputs,
               "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]},
               "isInSandbox": True, "requestType": "SIMULATOR"}},
           "session": sess}
    g = {"expectUserResponse": not turn.end, "richResponse": {"items": simple_items(turn.speech)}}
    if turn.reprompt is not None and not turn.end:
        g["noInputPrompts"] = [({"ssml": r} if r.startswith("<speak>") else {"textToSpeech": r})
                               for r in [turn.reprompt] * turn.kw.get("nrep", 1)]
    if "permission" in turn.kw:
        ctx, perms = turn.kw["permission"]
        g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {
            "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": ctx, "permissions": perms}}
    resp = {"fulfillmentText": plain(turn.speech), "payload": {"google": g}}
    return req, resp


def builder_pairs(c, rec, si, ti, turn, sid, t):
    """Builder: one webhook call per turn, plus one for a NO_INPUT event when the turn has a reprompt."""
    out = []
    scene = turn.kw.get("scene", "Start")
    params = dict(turn.kw.get("params", {}))
    req = {"handler": {"name": turn.kw.get("handler", "main" if turn.intent == "Launch" else turn.intent.lower())},
           "intent": {"name": "actions.intent.MAIN" if turn.intent == "Launch" else turn.intent,
                      "params": {k: {"original": v, "resolved": v} for k, v in turn.slots.items()},
                      "query": turn.said},
           "scene": {"name": scene, "slotFillingStatus": "UNSPECIFIED", "slots": {}},
           "session": {"id": sid, "params": params, "typeOverrides": [], "languageCode": ""},
           "user": {"locale": c.locale, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                    "verificationStatus": "VERIFIED", "packageEntitlements": [], "gaiamint": "",
                    "permissions": turn.kw.get("granted", []), "lastSeenTime": iso(t - dt.timedelta(hours=20))},
           "home": {"params": {}},
           "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"], "timeZone": {"id": c.settings.get("tz", "Europe/Berlin")}}}
    if "perm_slot" in turn.kw:
        req["scene"]["slots"] = {turn.kw["perm_slot"]: {"mode": "REQUIRED", "status": "SLOT_UNSPECIFIED", "updated": False}}
    resp = {"session": {"id": sid, "params": turn.kw.get("params_out", params)},
            "prompt": {"override": False, "firstSimple": {"speech": turn.speech, "text": plain(turn.speech)}}}
    nxt = "actions.scene.END_CONVERSATION" if turn.end else turn.kw.get("next")
    if nxt:
        resp["scene"] = {"name": scene, "slots": {}, "next": {"name": nxt}}
    out.append((req, resp, turn))
    if turn.reprompt is not None and not turn.end:
        after = nxt or scene
        for k in range(turn.kw.get("nrep", 1)):
            r2 = json.loads(json.dumps(req))
            r2["handler"]["name"] = turn.kw.get("noinput_handler", "no_input")
            r2["intent"] = {"name": f"actions.intent.NO_INPUT_{k + 1}", "params": {}, "query": ""}
            r2["scene"]["name"] = after
            s2 = {"session": {"id": sid, "params": resp["session"]["params"]},
                  "prompt": {"override": False, "firstSimple": {"speech": turn.reprompt, "text": plain(turn.reprompt)}}}
            out.append((r2, s2, T(f"actions.intent.NO_INPUT_{k + 1}", "", turn.reprompt, None, False)))
    return out


def session_id(c, rec, si):
    if c.platform == "alexa":
        return "amzn1.echo-api.session." + uid(c.cid, rec.path, si, "s")
    if c.platform == "dialogflow":
        return "ABwppHE" + hid(c.cid, rec.path, si, n=24)
    return "ABwppH" + hid(c.cid, rec.path, si, "g", n=26).upper()


def pairs(c, rec):
    """list of (req, resp, turn, t, session_index)"""
    out = []
    tick = ts_iter(rec.start)
    for si, sess in enumerate(rec.sessions):
        sid = session_id(c, rec, si)
        for _ in range(si * 40):  # later sessions a few minutes later
            next(tick)
        for ti, turn in enumerate(sess):
            t = next(tick)
            if c.platform == "alexa":
                q, r = alexa_pair(c, rec, si, ti, turn, sid, t)
                out.append((q, r, turn, t, si))
            elif c.platform == "sdkv2":
                q, r = sdkv2_pair(c, rec, si, ti, turn, sid, t)
                out.append((q, r, turn, t, si))
            elif c.platform == "dialogflow":
                q, r = dialogflow_pair(c, rec, si, ti, turn, sid, t)
                out.append((q, r, turn, t, si))
            else:
                for k, (q, r, tt) in enumerate(builder_pairs(c, rec, si, ti, turn, sid, t)):
                    out.append((q, r, tt, t + dt.timedelta(seconds=8 * k), si))
    return out


def end_flag(c, resp):
    if c.platform == "alexa":
        return resp["response"].get("shouldEndSession")
    if c.platform == "sdkv2":
        return resp.get("expectUserResponse") is False
    if c.platform == "dialogflow":
        return not resp["payload"]["google"]["expectUserResponse"]
    return resp.get("scene", {}).get("next", {}).get("name") == "actions.scene.END_CONVERSATION"


def reprompt_of(c, turn):
    return turn.reprompt


# --------------------------------------------------------------------------- shapes


def sh_envelope(c, rec, P):
    files = {}
    for n, (q, r, turn, t, si) in enumerate(P):
        nm = rec.kw.get("names", "{n:02d}-{intent}.json").format(n=n + 1, intent=(turn.intent.split(".")[-1]).lower())
        files[rec.path.rstrip("/") + "/" + nm] = jdump(r)
    return files


def sh_pairs_jsonl(c, rec, P):
    return {rec.path: "".join(json.dumps({"request": q, "response": r}, ensure_ascii=False) + "\n" for q, r, *_ in P)}


def sh_pairs_array(c, rec, P):
    return {rec.path: jdump([{"request": q, "response": r} for q, r, *_ in P])}


def sim_obj(c, rec, n, q, r, turn):
    return {"id": uid(c.cid, rec.path, n, "sim"), "status": "SUCCESSFUL", "result": {
        "alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": plain(turn.speech)}}],
                               "consideredIntents": [{"name": turn.intent if turn.intent != "Launch" else "LaunchRequest",
                                                      "confirmationStatus": "NONE", "slots": {}}]},
        "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": endpoint(c), "body": q},
                                                "invocationResponse": {"body": r},
                                                "metrics": {"skillExecutionTimeInMilliseconds": 180 + 7 * n}}]}},
        "error": None}


def sh_smapi_simulation(c, rec, P):
    if rec.kw.get("single"):
        return {rec.path: jdump([sim_obj(c, rec, n, q, r, turn) for n, (q, r, turn, t, si) in enumerate(P)])}
    files = {}
    for n, (q, r, turn, t, si) in enumerate(P):
        files[rec.path.rstrip("/") + f"/simulation-{n + 1:02d}.json"] = jdump(sim_obj(c, rec, n, q, r, turn))
    return files


def sh_smapi_invocation(c, rec, P):
    files = {}
    for n, (q, r, turn, t, si) in enumerate(P):
        files[rec.path.rstrip("/") + f"/invoke-{n + 1:02d}.json"] = jdump(
            {"id": uid(c.cid, rec.path, n, "inv"), "status": "SUCCESSFUL", "result": {"skillExecutionInfo": {
                "invocationRequest": {"endpoint": endpoint(c), "body": q}, "invocationResponse": {"body": r},
                "metrics": {"skillExecutionTimeInMilliseconds": 210 + n}}, "error": None}})
    return files


def sh_ask_dialog(c, rec, P):
    base = rec.path
    replay = {"skillId": "amzn1.ask.skill." + uid(c.cid, "app"), "locale": c.locale, "type": "text",
              "userInput": [turn.said for q, r, turn, t, si in P]}
    files = {base: jdump(replay)}
    out = rec.kw.get("out", base.replace(".json", ".output.json"))
    if rec.kw.get("record") == "text":
        lines = []
        for q, r, turn, t, si in P:
            lines.append(f"User  > {turn.said}")
            lines.append(f"Alexa > {plain(turn.speech)}")
        files[out] = "\n".join(lines) + "\n"
    else:
        files[out] = jdump([{"utterance": turn.said, "alexaResponses": [{"type": "Speech", "content": {"caption": plain(turn.speech)}}],
                             "invocations": [{"invocationRequest": {"endpoint": endpoint(c), "body": q},
                                              "invocationResponse": {"body": r}}]} for q, r, turn, t, si in P])
    return files


def cw_lines(c, rec, P):
    lines = []
    py = rec.kw.get("python")
    kw_req, kw_resp = rec.kw.get("keywords", ("Request: ", "Response: "))
    for n, (q, r, turn, t, si) in enumerate(P):
        rid = uid(c.cid, rec.path, n, "lam")
        stamp = t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{(n * 37) % 1000:03d}Z"
        lines.append(f"START RequestId: {rid} Version: $LATEST")
        if py:
            lines.append(f"[INFO]\t{stamp}\t{rid}\t{kw_req}{json.dumps(q, ensure_ascii=False)}")
            lines.append(f"[INFO]\t{stamp}\t{rid}\t{kw_resp}{json.dumps(r, ensure_ascii=False)}")
        else:
            lines.append(f"{stamp}\t{rid}\tINFO\t{kw_req}{json.dumps(q, ensure_ascii=False)}")
            lines.append(f"{stamp}\t{rid}\tINFO\t{kw_resp}{json.dumps(r, ensure_ascii=False)}")
        lines.append(f"END RequestId: {rid}")
        lines.append(f"REPORT RequestId: {rid}\tDuration: {41.7 + n:.2f} ms\tBilled Duration: {42 + n} ms\tMemory Size: 256 MB\tMax Memory Used: 88 MB")
    return lines, [(P[i // 5][3]) for i in range(len(lines))]


def sh_cloudwatch_text(c, rec, P):
    lines, _ = cw_lines(c, rec, P)
    return {rec.path: "\n".join(lines) + "\n"}


def sh_cloudwatch_json(c, rec, P):
    lines, times = cw_lines(c, rec, P)
    stream = dt.date.fromisoformat(rec.start[:10]).strftime("%Y/%m/%d") + "/[$LATEST]" + hid(c.cid, "stream")
    ev = [{"logStreamName": stream, "timestamp": int(t.replace(tzinfo=dt.timezone.utc).timestamp() * 1000) + i,
           "message": l + "\n", "ingestionTime": int(t.replace(tzinfo=dt.timezone.utc).timestamp() * 1000) + 900,
           "eventId": str(37000000000000000000 + i)} for i, (l, t) in enumerate(zip(lines, times))]
    return {rec.path: jdump({"events": ev, "searchedLogStreams": [{"logStreamName": stream, "searchedCompletely": True}]})}


def url_of(c):
    return c.extra.get("url", f"https://{c.cid[4:]}.eu.ngrok.io/" + ("alexa" if c.platform == "alexa" else "fulfillment"))


def sh_har(c, rec, P):
    ents = []
    for q, r, turn, t, si in P:
        qt, rt = json.dumps(q, ensure_ascii=False), json.dumps(r, ensure_ascii=False)
        ents.append({"startedDateTime": t.strftime("%Y-%m-%dT%H:%M:%S.120Z"), "time": 143,
                     "request": {"method": "POST", "url": url_of(c), "httpVersion": "HTTP/1.1",
                                 "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"},
                                             {"name": "User-Agent", "value": "Apache-HttpClient/UNAVAILABLE (Java/1.8.0_402)" if c.platform == "alexa" else "Google-ActionsOnGoogle/1.0"}],
                                 "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(qt.encode()),
                                 "postData": {"mimeType": "application/json; charset=utf-8", "text": qt}},
                     "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                                  "headers": [{"name": "Content-Type", "value": "application/json"}], "cookies": [],
                                  "content": {"size": len(rt.encode()), "mimeType": "application/json", "text": rt},
                                  "redirectURL": "", "headersSize": -1, "bodySize": len(rt.encode())},
                     "cache": {}, "timings": {"send": 1, "wait": 139, "receive": 3}})
    return {rec.path: jdump({"log": {"version": "1.2", "creator": {"name": rec.kw.get("creator", "mitmproxy"), "version": "10.1.5"},
                                     "entries": ents}})}


def sh_transcript(c, rec, P):
    lines = [f"# QA run {rec.start[:10]} {c.name} ({c.locale})"]
    last = None
    who = "SKILL" if c.platform == "alexa" else "ACTION"
    for q, r, turn, t, si in P:
        if last is not None and si != last:
            lines.append("")
        last = si
        st = t.strftime("%H:%M:%S")
        if turn.said:
            lines.append(f"[{st}] USER: {turn.said}")
        lines.append(f"[{st}] {who}: {plain(turn.speech) if not turn.speech.startswith('<speak>') else turn.speech}")
        if turn.reprompt is not None and not turn.end:
            lines.append(f"[{st}] REPROMPT: {turn.reprompt}")
        lines.append(f"session_open={'false' if end_flag(c, r) else 'true'}")
    return {rec.path: "\n".join(lines) + "\n"}


def sh_google_pairs(c, rec, P):
    items = [{"request": q, "response": r} for q, r, *_ in P]
    if rec.path.endswith(".jsonl"):
        return {rec.path: "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in items)}
    if rec.kw.get("split"):
        return {rec.path.rstrip("/") + f"/{n + 1:02d}-{'request' if k == 0 else 'response'}.json": jdump(x[key])
                for n, x in enumerate(items) for k, key in enumerate(("request", "response"))}
    return {rec.path: jdump(items)}


# ---- new shapes of this set

def sh_gcloud_logging(c, rec, P):
    """`gcloud logging read ... --format=json`: LogEntry array, newest first, structured jsonPayload."""
    proj = c.cid[4:] + "-" + hid(c.cid, n=5)
    fn = rec.kw.get("function", "fulfillment")
    ents = []
    for n, (q, r, turn, t, si) in enumerate(P):
        ex = hid(c.cid, n, "exec", n=12)
        for k, (msg, body) in enumerate((("webhook request", q), ("webhook response", r))):
            tt = t + dt.timedelta(milliseconds=120 * k)
            ents.append({"insertId": hid(c.cid, n, k, "ins", n=14), "jsonPayload": {"message": msg, "body": body},
                         "resource": {"type": "cloud_function", "labels": {"function_name": fn, "region": "europe-west1", "project_id": proj}},
                         "timestamp": tt.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z", "severity": "INFO",
                         "labels": {"execution_id": ex, "instance_id": "00c61b117c" + hid(c.cid, n=10)},
                         "logName": f"projects/{proj}/logs/cloudfunctions.googleapis.com%2Fcloud-functions",
                         "trace": f"projects/{proj}/traces/{hid(c.cid, n, 'tr')}",
                         "receiveTimestamp": (tt + dt.timedelta(seconds=1)).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"})
    ents.reverse()
    return {rec.path: jdump(ents)}


def sh_pino(c, rec, P):
    """pino/fastify structured logs (ndjson): one line for the incoming body, one for the reply."""
    lines = []
    for n, (q, r, turn, t, si) in enumerate(P):
        ms = int(t.replace(tzinfo=dt.timezone.utc).timestamp() * 1000)
        rid = f"req-{n + 1}"
        lines.append({"level": 30, "time": ms, "pid": 4127, "hostname": rec.kw.get("host", "ip-10-0-3-17"), "reqId": rid,
                      "req": {"method": "POST", "url": "/" + url_of(c).rsplit("/", 1)[-1], "remoteAddress": "10.0.1.8"},
                      "msg": "incoming request"})
        lines.append({"level": 20, "time": ms + 2, "pid": 4127, "hostname": rec.kw.get("host", "ip-10-0-3-17"), "reqId": rid,
                      "body": q, "msg": "request body"})
        lines.append({"level": 30, "time": ms + 95, "pid": 4127, "hostname": rec.kw.get("host", "ip-10-0-3-17"), "reqId": rid,
                      "res": {"statusCode": 200}, "payload": r, "responseTime": 93.4, "msg": "request completed"})
    return {rec.path: "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines)}


def cdata(s):
    return "<![CDATA[" + s.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def sh_junit(c, rec, P):
    """JUnit XML written by jest-junit / mocha-junit-reporter: each test's captured stdout holds the bodies."""
    suite = rec.kw.get("suite", c.name + " conversation tests")
    cases = []
    for n, (q, r, turn, t, si) in enumerate(P):
        name = rec.kw.get("names", {}).get(n, f"turn {n + 1}: {turn.said or turn.intent}")
        out = ("> POST " + url_of(c) + "\n" + json.dumps(q, ensure_ascii=False, indent=2) + "\n< 200 OK\n"
               + json.dumps(r, ensure_ascii=False, indent=2) + "\n")
        cases.append(f'    <testcase classname="{xesc(suite)}" name="{xesc(name)}" time="{0.08 + n * 0.01:.3f}">\n'
                     f"      <system-out>{cdata(out)}</system-out>\n    </testcase>")
    x = ('<?xml version="1.0" encoding="UTF-8"?>\n'
         f'<testsuites name="jest tests" tests="{len(P)}" failures="0" errors="0" time="{0.1 * len(P):.3f}">\n'
         f'  <testsuite name="{xesc(suite)}" errors="0" failures="0" skipped="0" timestamp="{rec.start}" time="{0.1 * len(P):.3f}" tests="{len(P)}">\n'
         + "\n".join(cases) + "\n  </testsuite>\n</testsuites>\n")
    return {rec.path: x}


def sh_postman(c, rec, P):
    """Postman v2.1 collection export with the saved example responses."""
    u = url_of(c)
    host = u.split("/")[2]
    items = []
    for n, (q, r, turn, t, si) in enumerate(P):
        reqd = {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
                "body": {"mode": "raw", "raw": json.dumps(q, ensure_ascii=False, indent=4), "options": {"raw": {"language": "json"}}},
                "url": {"raw": u, "protocol": "https", "host": host.split("."), "path": u.split("/")[3:]}}
        nm = f"{n + 1:02d} {turn.said or turn.intent}"
        items.append({"name": nm, "request": reqd, "response": [{
            "name": "200 " + (turn.said or turn.intent), "originalRequest": reqd, "status": "OK", "code": 200,
            "_postman_previewlanguage": "json", "header": [{"key": "Content-Type", "value": "application/json"}],
            "cookie": [], "body": json.dumps(r, ensure_ascii=False, indent=4)}]})
    return {rec.path: jdump({"info": {"_postman_id": uid(c.cid, "pm"), "name": rec.kw.get("title", c.name + " webhook"),
                                      "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
                                      "_exporter_id": "2931" + hid(c.cid, n=4).translate(str.maketrans('abcdef', '123456'))},
                             "item": items})}


def sh_notebook(c, rec, P):
    """Jupyter notebook: a researcher replays request bodies against the endpoint and prints the replies."""
    def src(s):
        ls = s.split("\n")
        return [l + "\n" for l in ls[:-1]] + [ls[-1]]
    cells = [{"cell_type": "markdown", "metadata": {}, "source": src(rec.kw.get("title", f"# {c.name} – replay ({rec.start[:10]})"))},
             {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
              "source": src(f"import json, requests\nURL = \"{url_of(c)}\"\n\ndef send(body):\n    r = requests.post(URL, json=body, timeout=10)\n    print(json.dumps(r.json(), indent=2, ensure_ascii=False))\n    return r.json()")}]
    for n, (q, r, turn, t, si) in enumerate(P):
        if turn.said:
            cells.append({"cell_type": "markdown", "metadata": {}, "source": src(f"**user:** {turn.said}")})
        cells.append({"cell_type": "code", "execution_count": n + 2, "metadata": {},
                      "source": src("body = " + json.dumps(q, ensure_ascii=False, indent=1) + "\nres = send(body)"),
                      "outputs": [{"name": "stdout", "output_type": "stream", "text": src(json.dumps(r, ensure_ascii=False, indent=2) + "\n")}]})
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                       "language_info": {"name": "python", "version": "3.11.6"}},
          "nbformat": 4, "nbformat_minor": 5}
    return {rec.path: jdump(nb, indent=1)}


def sh_otel(c, rec, P):
    """Jaeger UI "download results" JSON: one trace per webhook call, bodies recorded as span tags."""
    data = []
    svc = rec.kw.get("service", c.cid[4:] + "-webhook")
    for n, (q, r, turn, t, si) in enumerate(P):
        tr = hid(c.cid, n, "trace")
        us = int(t.replace(tzinfo=dt.timezone.utc).timestamp() * 1e6)
        root = {"traceID": tr, "spanID": hid(c.cid, n, "s0", n=16), "operationName": "POST /" + url_of(c).rsplit("/", 1)[-1],
                "references": [], "startTime": us, "duration": 98000 + n * 310, "flags": 1,
                "tags": [{"key": "span.kind", "type": "string", "value": "server"},
                         {"key": "http.method", "type": "string", "value": "POST"},
                         {"key": "http.status_code", "type": "int64", "value": 200},
                         {"key": "http.request.body", "type": "string", "value": json.dumps(q, ensure_ascii=False)},
                         {"key": "http.response.body", "type": "string", "value": json.dumps(r, ensure_ascii=False)}],
                "logs": [], "processID": "p1", "warnings": None}
        child = {"traceID": tr, "spanID": hid(c.cid, n, "s1", n=16), "operationName": "handler " + (turn.intent.split(".")[-1]),
                 "references": [{"refType": "CHILD_OF", "traceID": tr, "spanID": root["spanID"]}],
                 "startTime": us + 1200, "duration": 61000, "flags": 1, "tags": [], "logs": [], "processID": "p1", "warnings": None}
        data.append({"traceID": tr, "spans": [root, child], "processes": {"p1": {"serviceName": svc, "tags": [
            {"key": "telemetry.sdk.language", "type": "string", "value": "nodejs"}]}}, "warnings": None})
    return {rec.path: jdump({"data": data, "total": 0, "limit": 0, "offset": 0, "errors": None})}


def sh_csv(c, rec, P):
    """Conversation-analytics export (CSV, one row per turn)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["conversation_id", "timestamp", "turn", "platform", "locale", "user_said", "matched_intent",
                "response_ssml", "reprompt_ssml", "session_ended"])
    turnno = {}
    for q, r, turn, t, si in P:
        turnno[si] = turnno.get(si, 0) + 1
        w.writerow([hid(c.cid, rec.path, si, n=12), iso(t), turnno[si], "alexa" if c.platform == "alexa" else "google",
                    c.locale, turn.said, turn.intent if turn.intent != "Launch" else ("LaunchRequest" if c.platform == "alexa" else "Default Welcome Intent" if c.platform == "dialogflow" else "actions.intent.MAIN"),
                    ssml(turn.speech), "" if (turn.reprompt is None or turn.end) else ssml(turn.reprompt),
                    "true" if end_flag(c, r) else "false"])
    return {rec.path: buf.getvalue()}


SHAPES = {"envelope": sh_envelope, "pairs-jsonl": sh_pairs_jsonl, "pairs-array": sh_pairs_array,
          "smapi-simulation": sh_smapi_simulation, "smapi-invocation": sh_smapi_invocation, "ask-dialog": sh_ask_dialog,
          "cloudwatch-text": sh_cloudwatch_text, "cloudwatch-json": sh_cloudwatch_json, "har": sh_har,
          "transcript": sh_transcript, "gactions-conversation": sh_google_pairs, "dialogflow-webhook": sh_google_pairs,
          "gactions-scene": sh_google_pairs,
          "gcloud-logging": sh_gcloud_logging, "pino-ndjson": sh_pino, "junit-xml": sh_junit,
          "postman-collection": sh_postman, "jupyter-notebook": sh_notebook, "otel-trace": sh_otel,
          "analytics-csv": sh_csv}

NEW_SHAPES = ["gcloud-logging", "pino-ndjson", "junit-xml", "postman-collection", "jupyter-notebook", "otel-trace",
              "analytics-csv"]


def render(c):
    files = dict(PROJECT[c.platform](c))
    for rec in c.recs:
        files.update(SHAPES[rec.shape](c, rec, pairs(c, rec)))
    files.update(c.files)
    return files

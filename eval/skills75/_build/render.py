"""Turns the hand-written case descriptions (cases_*.py) into project folders and recordings."""
import csv, io, json, os, re, uuid, hashlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LAMBDA_ARN = "arn:aws:lambda:{r}:4{n:011d}:function:{f}"


def uid(*parts):
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "/".join(map(str, parts))))


def hexid(*parts, n=40):
    return hashlib.sha1("/".join(map(str, parts)).encode()).hexdigest().upper()[:n]


def T(u, intent, say, re=None, end=None, **kw):
    """One turn: user text, intent (Launch / End / name), speech, reprompt, shouldEndSession (None = absent)."""
    d = dict(u=u, intent=intent, say=say, re=re, end=end)
    d.update(kw)
    return d


def ssml(s):
    if s is None:
        return None
    return s if s.strip().startswith("<speak>") else "<speak>" + s + "</speak>"


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def jdump(o, indent=2):
    return json.dumps(o, ensure_ascii=False, indent=indent)


# ------------------------------------------------------------------ Alexa package
BUILTINS = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent",
            "AMAZON.FallbackIntent"]


def alexa_package(d, c):
    loc = c["locale"]
    locales = [loc] + c.get("extra_locales", [])
    pinfo = {"locales": {}, "isAvailableWorldwide": False, "testingInstructions": c.get("testing", "Open the skill and follow the prompts."),
             "category": c.get("category", "BUSINESS_AND_FINANCE"), "distributionCountries": [c.get("country", "US")],
             "automaticDistribution": {"isActive": False}}
    for l in locales:
        pinfo["locales"][l] = {"summary": c.get("summary", c["desc"][:120]), "examplePhrases": c.get("examples") or [c.get("wake", "Alexa") + ", " + c.get("open", "open") + " " + c["inv"]],
                               "name": c["name"], "description": c["desc"], "keywords": c.get("keywords", []),
                               "smallIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/%s/APP_ICON?versionId=small" % hexid(c["id"], n=4).lower(),
                               "largeIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/%s/APP_ICON_LARGE?versionId=large" % hexid(c["id"], n=4).lower()}
    priv = {"allowsPurchases": False, "usesPersonalInfo": bool(c.get("perms")) or bool(c.get("uses_pi")),
            "isChildDirected": bool(c.get("child")), "isExportCompliant": True, "containsAds": False}
    if c.get("policy"):
        priv["locales"] = {l: {"privacyPolicyUrl": c["policy"], "termsOfUseUrl": c.get("terms", c["policy"].rsplit("/", 1)[0] + "/terms")} for l in locales}
    m = {"publishingInformation": pinfo,
         "apis": {"custom": {"endpoint": {"uri": LAMBDA_ARN.format(r=c.get("region", "us-east-1"), n=int(hexid(c["id"], n=8), 16) % 10**10, f=c["id"][4:])},
                             **({"interfaces": c["interfaces"]} if c.get("interfaces") else {})}},
         "manifestVersion": "1.0", "privacyAndCompliance": priv}
    if c.get("perms"):
        m["permissions"] = [{"name": p} for p in c["perms"]]
    write(os.path.join(d, c.get("pkg", "skill-package"), "skill.json"), jdump({"manifest": m}))
    for l in locales:
        ints = []
        for it in c["intents"]:
            name, samples = it[0], it[1]
            slots = it[2] if len(it) > 2 else {}
            ints.append({"name": name, "slots": [{"name": k, "type": v} for k, v in slots.items()], "samples": samples})
        have = {i["name"] for i in ints}
        for b in BUILTINS:
            if b not in have:
                ints.append({"name": b, "samples": []})
        types = [{"name": k, "values": [{"name": {"value": v}} for v in vs]} for k, vs in c.get("types", {}).items()]
        model = {"interactionModel": {"languageModel": {"invocationName": c["inv"], "intents": ints, "types": types}}}
        write(os.path.join(d, c.get("pkg", "skill-package"), "interactionModels", "custom", l + ".json"), jdump(model))
    write(os.path.join(d, "ask-resources.json"), jdump({"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
        "skillMetadata": {"src": "./skill-package"}, "code": {"default": {"src": "./lambda"}},
        "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler"}}}}}))
    if c.get("code"):
        write(os.path.join(d, "lambda", c.get("code_file", "index.js")), c["code"])


# ------------------------------------------------------------------ Google projects
def yaml_str(s):
    return json.dumps(s, ensure_ascii=False)


def google_builder(d, c):
    lang = c["locale"].split("-")[0]
    s = ["accountLinking:", "  enableAccountLinking: false", "category: " + c.get("gcategory", "BUSINESS_AND_FINANCE"),
         "defaultLocale: " + c["locale"].lower() if False else "defaultLocale: " + lang,
         "localizedSettings:", "  displayName: " + yaml_str(c["name"]), "  pronunciation: " + yaml_str(c["inv"]),
         "  shortDescription: " + yaml_str(c.get("summary", c["desc"][:80])), "  fullDescription: " + yaml_str(c["desc"]),
         "  developerName: " + yaml_str(c.get("dev", "Small Office Labs")), "  developerEmail: " + yaml_str(c.get("devmail", "dev@example.com"))]
    if c.get("policy"):
        s.append("  privacyPolicyUrl: " + c["policy"])
    s.append("  sampleInvocations:")
    for e in c.get("examples") or ["Talk to " + c["inv"]]:
        s.append("  - " + yaml_str(e))
    s += ["projectId: " + c["id"][4:] + "-" + hexid(c["id"], n=5).lower(), "usesInteractiveCanvas: false", "usesTransactionsApi: false"]
    write(os.path.join(d, "sdk", "settings", "settings.yaml"), "\n".join(s) + "\n")
    write(os.path.join(d, "sdk", "manifest.yaml"), "version: \"1.0\"\n")
    write(os.path.join(d, "sdk", "webhooks", "ActionsOnGoogleFulfillment.yaml"),
          "handlers:\n" + "".join("- name: %s\n" % h for h in c.get("handlers", ["main"])) +
          "httpsEndpoint:\n  baseUrl: https://europe-west1-%s.cloudfunctions.net/ActionsOnGoogleFulfillment\n" % c["id"][4:])
    write(os.path.join(d, "sdk", "custom", "global", "actions.intent.MAIN.yaml"),
          "handler:\n  webhookHandler: main\ntransitionToScene: %s\n" % c.get("first_scene", "Start"))
    for it in c["intents"]:
        name, samples = it[0], it[1]
        params = it[2] if len(it) > 2 else {}
        y = ""
        if params:
            y += "parameters:\n" + "".join("- name: %s\n  type:\n    name: %s\n" % (k, v) for k, v in params.items())
        y += "trainingPhrases:\n" + "".join("- %s\n" % yaml_str(x) for x in samples)
        write(os.path.join(d, "sdk", "custom", "intents", name + ".yaml"), y)
    for k, vs in c.get("types", {}).items():
        if vs == "FREE":
            write(os.path.join(d, "sdk", "custom", "types", k + ".yaml"), "freeText: {}\n")
        else:
            write(os.path.join(d, "sdk", "custom", "types", k + ".yaml"),
                  "synonym:\n  entities:\n" + "".join("    %s:\n      synonyms:\n      - %s\n" % (yaml_str(v), yaml_str(v)) for v in vs) + "  matchType: EXACT_MATCH\n")
    for name, text in c.get("scenes", {}).items():
        write(os.path.join(d, "sdk", "custom", "scenes", name + ".yaml"), text)


def google_sdkv2(d, c):
    acts = [{"description": "Default Welcome Intent", "name": "MAIN", "fulfillment": {"conversationName": c["id"][4:]},
             "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": c.get("examples") or ["talk to " + c["inv"]]}}}]
    for it in c["intents"]:
        name, samples = it[0], it[1]
        params = it[2] if len(it) > 2 else {}
        intent = {"name": name, "trigger": {"queryPatterns": samples}}
        if params:
            intent["parameters"] = [{"name": k, "type": v} for k, v in params.items()]
        acts.append({"description": name, "name": name, "fulfillment": {"conversationName": c["id"][4:]}, "intent": intent})
    a = {"actions": acts, "conversations": {c["id"][4:]: {"name": c["id"][4:], "url": "https://%s.example-functions.net/fulfillment" % c["id"][4:], "fulfillmentApiVersion": 2}},
         "locale": c["locale"].split("-")[0] if c["locale"].startswith("en") else c["locale"]}
    if c.get("types"):
        a["types"] = [{"name": "$" + k, "entities": [{"key": v, "synonyms": [v]} for v in vs]} for k, vs in c["types"].items()]
    write(os.path.join(d, "action.json"), jdump(a))
    write(os.path.join(d, "README.md"), "# %s\n\n%s\n\nInvocation: \"%s\". Deploy with `gactions update --action_package action.json`.\n" % (c["name"], c["desc"], c["inv"]))


def google_dialogflow(d, c):
    lang = c["locale"].split("-")[0] if c["locale"] not in ("pt-BR", "es-MX", "fr-CA", "en-GB") else c["locale"].lower()
    agent = {"description": c["desc"], "language": lang, "shortDescription": c.get("summary", ""), "examples": "", "linkToDocs": "",
             "disableInteractionLogs": False, "disableStackdriverLogs": True,
             "googleAssistant": {"googleAssistantCompatible": True, "project": c["id"][4:], "welcomeIntentSignInRequired": False,
                                 "startIntents": [], "systemIntents": [], "endIntentIds": [], "oAuthLinking": {"required": False, "grantType": "AUTH_CODE_GRANT"},
                                 "voiceType": "MALE_1", "capabilities": [], "env": "", "protocolVersion": "V2", "autoPreviewEnabled": False, "isDeviceAgent": False},
             "defaultTimezone": c.get("tz", "Europe/Madrid"), "webhook": {"url": "https://%s.example-functions.net/dialogflowFirebaseFulfillment" % c["id"][4:],
                                                                        "headers": {}, "available": True, "useForDomains": False, "cloudFunctionsEnabled": False, "cloudFunctionsInitialized": False},
             "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformApi": True, "onePlatformApiVersion": "v2", "apiVersion": "v2"}
    write(os.path.join(d, "agent.json"), jdump(agent))
    write(os.path.join(d, "package.json"), jdump({"version": "1.0.0"}))
    ents = {}
    for it in [("Default Welcome Intent", c.get("welcome_samples", ["hola"]), {}), ] + [tuple(x) for x in c["intents"]]:
        name, samples = it[0], it[1]
        params = it[2] if len(it) > 2 else {}
        iid = uid(c["id"], name)
        meta = {"id": iid, "name": name, "auto": True, "contexts": [], "responses": [{"resetContexts": False, "action": "", "affectedContexts": [],
                 "parameters": [{"id": uid(iid, k), "required": False, "dataType": v, "name": k, "value": "$" + k, "isList": False} for k, v in params.items()],
                 "messages": [], "speech": []}], "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False,
                "fallbackIntent": name == "Default Fallback Intent", "events": [{"name": "WELCOME"}] if name == "Default Welcome Intent" else []}
        write(os.path.join(d, "intents", name + ".json"), jdump(meta))
        says = []
        for s in samples:
            parts = []
            for tok in re.split(r"(\{[^}]+\})", s):
                if not tok:
                    continue
                if tok.startswith("{"):
                    k = tok[1:-1]
                    parts.append({"text": k, "alias": k, "meta": params.get(k, "@sys.any"), "userDefined": True})
                else:
                    parts.append({"text": tok, "userDefined": False})
            says.append({"id": uid(iid, s), "data": parts, "isTemplate": False, "count": 0, "updated": 0})
        if says:
            write(os.path.join(d, "intents", name + "_usersays_" + lang + ".json"), jdump(says))
    for k, vs in c.get("types", {}).items():
        write(os.path.join(d, "entities", k + ".json"), jdump({"id": uid(c["id"], k), "name": k, "isOverridable": True, "isEnum": False, "isRegexp": False, "automatedExpansion": False, "allowFuzzyExtraction": False}))
        write(os.path.join(d, "entities", k + "_entries_" + lang + ".json"), jdump([{"value": v, "synonyms": [v]} for v in vs]))


# ------------------------------------------------------------------ conversations -> Alexa envelopes
def sessions_with_ids(c, sessions, tag):
    out = []
    t0 = c.get("t0", "2024-05-06T08:30:00")
    import datetime
    ts = datetime.datetime.fromisoformat(tag if re.match(r"\d{4}-\d\d-\d\dT", tag or "") else t0)
    for si, s in enumerate(sessions):
        sid = "amzn1.echo-api.session." + uid(c["id"], tag, si)
        for ti, t in enumerate(s):
            ts += datetime.timedelta(seconds=7 + 3 * ti)
            out.append((sid, ti == 0, t, ts.strftime("%Y-%m-%dT%H:%M:%SZ"), uid(c["id"], tag, si, ti)))
        ts += datetime.timedelta(minutes=11)
    return out


def alexa_request(c, sid, new, t, ts, rid):
    app = "amzn1.ask.skill." + uid(c["id"], "app")
    user = "amzn1.ask.account." + hexid(c["id"], "user", n=40)
    if t["intent"] == "Launch":
        r = {"type": "LaunchRequest", "requestId": "amzn1.echo-api.request." + rid, "locale": c["locale"], "timestamp": ts}
    elif t["intent"] == "End":
        r = {"type": "SessionEndedRequest", "requestId": "amzn1.echo-api.request." + rid, "locale": c["locale"], "timestamp": ts, "reason": t.get("reason", "USER_INITIATED")}
    else:
        slots = {k: {"name": k, "value": v, "confirmationStatus": "NONE", "source": "USER"} for k, v in (t.get("slots") or {}).items()}
        r = {"type": "IntentRequest", "requestId": "amzn1.echo-api.request." + rid, "locale": c["locale"], "timestamp": ts,
             "intent": {"name": t["intent"], "confirmationStatus": "NONE", "slots": slots}}
        if not slots:
            del r["intent"]["slots"]
    sess = {"new": new, "sessionId": sid, "application": {"applicationId": app}, "user": {"userId": user}}
    if not new:
        sess["attributes"] = t.get("attrs", {})
    return {"version": "1.0", "session": sess,
            "context": {"System": {"application": {"applicationId": app}, "user": {"userId": user},
                                   "device": {"deviceId": "amzn1.ask.device." + hexid(c["id"], "dev", n=40), "supportedInterfaces": {}},
                                   "apiEndpoint": c.get("api", "https://api.amazonalexa.com"), "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.REDACTED"}},
            "request": r}


def alexa_response(c, t):
    if t["intent"] == "End":
        return {"version": "1.0", "response": {}}
    resp = {}
    if t["say"] is not None:
        resp["outputSpeech"] = {"type": "SSML", "ssml": ssml(t["say"])}
    if t.get("card"):
        title, content = t["card"]
        resp["card"] = {"type": "Simple", "title": title, "content": content}
    if t.get("perm"):
        resp["card"] = {"type": "AskForPermissionsConsent", "permissions": t["perm"]}
    if t.get("link"):
        resp["card"] = {"type": "LinkAccount"}
    if t.get("directives"):
        resp["directives"] = t["directives"]
    if t["re"] is not None:
        resp["reprompt"] = {"outputSpeech": {"type": "SSML", "ssml": ssml(t["re"])}}
    if t["end"] is not None:
        resp["shouldEndSession"] = t["end"]
    return {"version": "1.0", "sessionAttributes": t.get("attrs_out", {}), "userAgent": c.get("ua", "ask-node/2.14.0 Node/v18.19.0"), "response": resp}


def pairs(c, sessions, tag):
    return [(t, alexa_request(c, sid, new, t, ts, rid), alexa_response(c, t), ts, sid)
            for sid, new, t, ts, rid in sessions_with_ids(c, sessions, tag)]


# ------------------------------------------------------------------ Google webhook shapes
def g_sdkv2_pairs(c, sessions, tag):
    out = []
    for sid, new, t, ts, rid in sessions_with_ids(c, sessions, tag):
        cid = "ABwppHF" + hexid(c["id"], tag, sid, n=24)
        it = {"Launch": "actions.intent.MAIN", "Cancel": "actions.intent.CANCEL", "NoInput": "actions.intent.NO_INPUT", "Permission": "actions.intent.PERMISSION"}.get(t["intent"], "actions.intent.TEXT")
        inp = {"intent": it, "rawInputs": [{"inputType": "VOICE", "query": t["u"] or ""}], "arguments": [{"name": "text", "rawText": t["u"] or "", "textValue": t["u"] or ""}]}
        if t.get("args"):
            inp["arguments"] = t["args"]
        req = {"user": {"locale": c["locale"], "lastSeen": ts, "userVerificationStatus": "VERIFIED"},
               "conversation": {"conversationId": cid, "type": "NEW" if new else "ACTIVE", **({} if new else {"conversationToken": "[]"})},
               "inputs": [inp], "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
               "isInSandbox": True, "availableSurfaces": [], "requestType": "SIMULATOR"}
        expect = not t["end"]
        res = {"expectUserResponse": expect}
        items = [{"simpleResponse": {"textToSpeech": ssml(t["say"]) if "<" in t["say"] else t["say"]}}]
        if t.get("card"):
            items.append({"basicCard": {"title": t["card"][0], "formattedText": t["card"][1]}})
        rich = {"items": items}
        if expect:
            ir = {"possibleIntents": [{"intent": "actions.intent.TEXT"}]}
            if t.get("perm"):
                ir["possibleIntents"] = [{"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": t.get("perm_ctx", ""), "permissions": t["perm"]}}]
            else:
                ir["inputPrompt"] = {"richInitialPrompt": rich}
            if t["re"] is not None:
                ir.setdefault("inputPrompt", {})["noInputPrompts"] = [{"ssml": ssml(x)} if "<" in x else {"textToSpeech": x} for x in (t["re"] if isinstance(t["re"], list) else [t["re"]])]
            if t.get("perm"):
                ir.setdefault("inputPrompt", {})["richInitialPrompt"] = rich
            res["expectedInputs"] = [ir]
        else:
            res["finalResponse"] = {"richResponse": rich}
        res["conversationToken"] = "[]"
        res["responseMetadata"] = {"status": {"message": "Success (200)"}, "queryMatchInfo": {"queryMatched": True, "intent": t["intent"]}}
        out.append((t, req, res, ts, cid))
    return out


def g_df_pairs(c, sessions, tag):
    out = []
    lang = c["locale"].split("-")[0]
    for sid, new, t, ts, rid in sessions_with_ids(c, sessions, tag):
        sess = "projects/%s/agent/sessions/%s" % (c["id"][4:], "ABwppHF" + hexid(c["id"], tag, sid, n=20))
        iname = "Default Welcome Intent" if t["intent"] == "Launch" else t["intent"]
        qr = {"queryText": t["u"] or "GOOGLE_ASSISTANT_WELCOME", "parameters": t.get("slots") or {}, "allRequiredParamsPresent": True,
              "intent": {"name": "projects/%s/agent/intents/%s" % (c["id"][4:], uid(c["id"], iname)), "displayName": iname},
              "intentDetectionConfidence": 1, "languageCode": lang}
        req = {"responseId": rid + "-" + hexid(rid, n=8).lower(), "queryResult": qr,
               "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {"user": {"locale": c["locale"], "userVerificationStatus": "VERIFIED"},
                   "conversation": {"conversationId": sess.rsplit("/", 1)[1], "type": "NEW" if new else "ACTIVE"},
                   "inputs": [{"intent": "actions.intent.MAIN" if t["intent"] == "Launch" else "actions.intent.TEXT", "rawInputs": [{"inputType": "VOICE", "query": t["u"] or ""}]}],
                   "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}, "isInSandbox": True, "requestType": "SIMULATOR"}},
               "session": sess}
        g = {"expectUserResponse": not t["end"], "richResponse": {"items": [{"simpleResponse": {"textToSpeech": t["say"]}}]}}
        if t.get("card"):
            g["richResponse"]["items"].append({"basicCard": {"title": t["card"][0], "formattedText": t["card"][1]}})
        if t["re"] is not None:
            g["noInputPrompts"] = [{"ssml": ssml(x)} if "<" in x else {"textToSpeech": x} for x in (t["re"] if isinstance(t["re"], list) else [t["re"]])]
        if t.get("perm"):
            g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": t.get("perm_ctx", ""), "permissions": t["perm"]}}
        res = {"fulfillmentText": re.sub("<[^>]+>", "", t["say"]), "payload": {"google": g}}
        out.append((t, req, res, ts, sess))
    return out


def g_scene_pairs(c, sessions, tag):
    out = []
    for sid, new, t, ts, rid in sessions_with_ids(c, sessions, tag):
        gsid = "ABwppHG" + hexid(c["id"], tag, sid, n=30)
        scene = t.get("scene", c.get("first_scene", "Start"))
        intent = {"name": "actions.intent.MAIN" if t["intent"] == "Launch" else t["intent"], "params": {k: {"original": v, "resolved": v} for k, v in (t.get("slots") or {}).items()}, "query": t["u"] or ""}
        req = {"handler": {"name": t.get("handler", "main" if t["intent"] == "Launch" else t["intent"].lower())}, "intent": intent,
               "scene": {"name": scene, "slotFillingStatus": "UNSPECIFIED", "slots": {}},
               "session": {"id": gsid, "params": {}, "typeOverrides": [], "languageCode": ""},
               "user": {"locale": c["locale"], "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED", "verificationStatus": "VERIFIED", "packageEntitlements": [], "gaiamint": "", "permissions": [], "lastSeenTime": ts},
               "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"]}}
        res = {"session": {"id": gsid, "params": t.get("params", {})}, "prompt": {"override": False, "firstSimple": {"speech": t["say"], "text": re.sub("<[^>]+>", "", t["say"])}}}
        if t.get("card"):
            res["prompt"]["content"] = {"card": {"title": t["card"][0], "text": t["card"][1]}}
        if t["end"]:
            res["scene"] = {"name": scene, "slots": {}, "next": {"name": "actions.scene.END_CONVERSATION"}}
        elif t.get("next"):
            res["scene"] = {"name": scene, "slots": {}, "next": {"name": t["next"]}}
        out.append((t, req, res, ts, gsid))
    return out


# ------------------------------------------------------------------ recording shapes
def plain(s):
    return s


def speech_of(resp):
    r = resp.get("response", {})
    return (r.get("outputSpeech") or {}).get("ssml", "")


def rec_envelope(d, c, sessions, path, tag):
    for i, (t, req, res, ts, sid) in enumerate(pairs(c, sessions, tag)):
        if t["intent"] == "End":
            continue
        name = path.replace("{i}", "%02d" % (i + 1)).replace("{intent}", t["intent"].replace("AMAZON.", "").replace("Launch", "launch"))
        write(os.path.join(d, name), jdump(res))


def rec_pairs_jsonl(d, c, sessions, path, tag):
    write(os.path.join(d, path), "".join(json.dumps({"request": q, "response": r}, ensure_ascii=False) + "\n" for t, q, r, ts, sid in pairs(c, sessions, tag)))


def rec_pairs_array(d, c, sessions, path, tag):
    write(os.path.join(d, path), jdump([{"request": q, "response": r} for t, q, r, ts, sid in pairs(c, sessions, tag)]))


def _endpoint(c):
    return "arn:aws:lambda:us-east-1:4%s:function:%s" % (str(int(hexid(c["id"], n=8), 16) % 10**10).zfill(11), c["id"][4:])


def rec_smapi_simulation(d, c, sessions, path, tag, array=False):
    items = []
    for i, (t, q, r, ts, sid) in enumerate(pairs(c, sessions, tag)):
        if t["intent"] == "End":
            continue
        o = {"id": uid(c["id"], tag, "sim", i), "status": "SUCCESSFUL",
             "result": {"alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": re.sub("<[^>]+>", "", speech_of(r))}}],
                                               "consideredIntents": [{"name": t["intent"] if t["intent"] != "Launch" else "LaunchRequest", "confirmationStatus": "NONE", "slots": {}}]},
                        "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": _endpoint(c), "body": q}, "invocationResponse": {"body": r}, "metrics": {"skillExecutionTimeInMilliseconds": 180 + i * 7}}]},
                        "error": None}}
        o["input"] = {"content": t["u"] or ""}
        items.append(o)
        if not array:
            write(os.path.join(d, path.replace("{i}", "%02d" % (len(items)))), jdump(o))
    if array:
        write(os.path.join(d, path), jdump(items))


def rec_smapi_invocation(d, c, sessions, path, tag):
    n = 0
    for i, (t, q, r, ts, sid) in enumerate(pairs(c, sessions, tag)):
        n += 1
        o = {"id": uid(c["id"], tag, "inv", i), "status": "SUCCESSFUL",
             "result": {"skillExecutionInfo": {"invocationRequest": {"endpoint": _endpoint(c), "body": q}, "invocationResponse": {"body": r}, "metrics": {"skillExecutionTimeInMilliseconds": 212 + i}}, "error": None}}
        write(os.path.join(d, path.replace("{i}", "%02d" % n)), jdump(o))


def rec_ask_dialog(d, c, sessions, path, tag, text_record=False):
    """path is a folder: writes replay.json and the recorded output."""
    ps = pairs(c, sessions, tag)
    inputs = [t["u"] for t, *_ in ps if t["intent"] != "End"]
    write(os.path.join(d, path, "dialog-replay.json"), jdump({"skillId": "amzn1.ask.skill." + uid(c["id"], "app"), "locale": c["locale"], "type": "text", "userInput": inputs}))
    if text_record:
        lines = []
        for t, q, r, ts, sid in ps:
            if t["intent"] == "End":
                continue
            lines.append("User  > " + t["u"])
            lines.append("Alexa > " + re.sub("</?speak>", "", speech_of(r)))
            rp = r["response"].get("reprompt")
            if rp:
                lines.append("        (reprompt) " + re.sub("</?speak>", "", rp["outputSpeech"]["ssml"]))
            se = r["response"].get("shouldEndSession")
            lines.append("        [shouldEndSession: %s]" % ("absent" if se is None else str(se).lower()))
        write(os.path.join(d, path, "dialog-output.txt"), "\n".join(lines) + "\n")
    else:
        out = [{"utterance": t["u"], "invocations": [{"invocationRequest": {"endpoint": _endpoint(c), "body": q}, "invocationResponse": {"body": r}}],
                "alexaResponses": [{"type": "Speech", "content": {"caption": re.sub("<[^>]+>", "", speech_of(r))}}]} for t, q, r, ts, sid in ps if t["intent"] != "End"]
        write(os.path.join(d, path, "dialog-output.json"), jdump(out))


def rec_cloudwatch_text(d, c, sessions, path, tag, py=False, kw=("Request: ", "Response: ")):
    lines = []
    for t, q, r, ts, sid in pairs(c, sessions, tag):
        rid = uid(ts, sid)
        t2 = ts.replace("Z", ".%03dZ" % (int(hexid(rid, n=3), 16) % 1000))
        lines.append("%s START RequestId: %s Version: $LATEST" % (t2, rid))
        if py:
            lines.append("[INFO]\t%s\t%s\t%s%s" % (t2, rid, kw[0], json.dumps(q, ensure_ascii=False)))
            lines.append("[INFO]\t%s\t%s\t%s%s" % (t2, rid, kw[1], json.dumps(r, ensure_ascii=False)))
        else:
            lines.append("%s\t%s\tINFO\t%s%s" % (t2, rid, kw[0], json.dumps(q, ensure_ascii=False)))
            lines.append("%s\t%s\tINFO\t%s%s" % (t2, rid, kw[1], json.dumps(r, ensure_ascii=False)))
        lines.append("%s END RequestId: %s" % (t2, rid))
        lines.append("%s REPORT RequestId: %s\tDuration: 143.22 ms\tBilled Duration: 144 ms\tMemory Size: 128 MB\tMax Memory Used: 81 MB" % (t2, rid))
    write(os.path.join(d, path), "\n".join(lines) + "\n")


def rec_cloudwatch_json(d, c, sessions, path, tag):
    import datetime
    ev = []
    for t, q, r, ts, sid in pairs(c, sessions, tag):
        rid = uid(ts, sid)
        ms = int(datetime.datetime.strptime(ts, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=datetime.timezone.utc).timestamp() * 1000)
        stream = "2024/%s/[$LATEST]%s" % (ts[5:10].replace("-", "/"), hexid(c["id"], n=32).lower())
        for j, m in enumerate(["START RequestId: %s Version: $LATEST\n" % rid,
                               "%s\t%s\tINFO\tRequest: %s\n" % (ts, rid, json.dumps(q, ensure_ascii=False)),
                               "%s\t%s\tINFO\tResponse: %s\n" % (ts, rid, json.dumps(r, ensure_ascii=False)),
                               "END RequestId: %s\n" % rid]):
            ev.append({"logStreamName": stream, "timestamp": ms + j, "message": m, "ingestionTime": ms + 900, "eventId": str(36000000000000000000000000000000000000000000000000000000 + ms * 10 + j)})
    write(os.path.join(d, path), jdump({"events": ev, "searchedLogStreams": [], "nextToken": None} if False else {"events": ev}))


def rec_har(d, c, sessions, path, tag):
    ents = []
    url = c.get("endpoint_url", "https://%s.example-skills.net/alexa" % c["id"][4:])
    for t, q, r, ts, sid in pairs(c, sessions, tag):
        qt, rt = json.dumps(q, ensure_ascii=False), json.dumps(r, ensure_ascii=False)
        ents.append({"startedDateTime": ts.replace("Z", ".000Z"), "time": 121,
                     "request": {"method": "POST", "url": url, "httpVersion": "HTTP/1.1",
                                 "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"}, {"name": "Signature-256", "value": "REDACTED"}, {"name": "SignatureCertChainUrl", "value": "https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem"}],
                                 "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(qt.encode()), "postData": {"mimeType": "application/json", "text": qt}},
                     "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [{"name": "Content-Type", "value": "application/json"}], "cookies": [],
                                  "content": {"size": len(rt.encode()), "mimeType": "application/json", "text": rt}, "redirectURL": "", "headersSize": -1, "bodySize": len(rt.encode())},
                     "cache": {}, "timings": {"send": 1, "wait": 118, "receive": 2}})
    write(os.path.join(d, path), jdump({"log": {"version": "1.2", "creator": {"name": c.get("har_creator", "Charles Proxy"), "version": "4.6.6"}, "pages": [], "entries": ents}}))


def rec_gactions_conversation(d, c, sessions, path, tag):
    items = [{"request": q, "response": r} for t, q, r, ts, sid in g_sdkv2_pairs(c, sessions, tag)]
    if path.endswith(".jsonl"):
        write(os.path.join(d, path), "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in items))
    else:
        write(os.path.join(d, path), jdump(items))


def rec_dialogflow_webhook(d, c, sessions, path, tag):
    items = g_df_pairs(c, sessions, tag)
    if "{i}" in path:
        for i, (t, q, r, ts, sid) in enumerate(items):
            write(os.path.join(d, path.replace("{i}", "%02d" % (i + 1))), jdump({"request": q, "response": r}))
    else:
        write(os.path.join(d, path), jdump([{"request": q, "response": r} for t, q, r, ts, sid in items]))


def rec_gactions_scene(d, c, sessions, path, tag):
    items = g_scene_pairs(c, sessions, tag)
    if "{i}" in path:
        for i, (t, q, r, ts, sid) in enumerate(items):
            write(os.path.join(d, path.replace("{i}", "%02d" % (i + 1))), jdump({"request": q, "response": r}))
    else:
        write(os.path.join(d, path), "".join(json.dumps({"request": q, "response": r}, ensure_ascii=False) + "\n" for t, q, r, ts, sid in items))


def generic_turns(c, sessions, tag):
    """platform-neutral view: (ts, session id, user, speech, reprompt, open-after)"""
    out = []
    for sid, new, t, ts, rid in sessions_with_ids(c, sessions, tag):
        if t["intent"] == "End":
            continue
        if c["platform"] == "alexa":
            open_after = t["end"] is False or (t["end"] is None and t["re"] is not None)
        else:
            open_after = not t["end"]
        rp = t["re"]
        if isinstance(rp, list):
            rp = " | ".join(rp)
        out.append((ts, sid, t["u"] or "(launch)", t["say"], rp, open_after, new, t))
    return out


def rec_transcript(d, c, sessions, path, tag):
    lines = ["# QA transcript — %s (%s) — build %s" % (c["name"], c["locale"], tag or "current")]
    for ts, sid, u, say, rp, op, new, t in generic_turns(c, sessions, tag):
        if new:
            lines.append("")
            lines.append("[%s] --- session %s ---" % (ts, sid[-12:]))
        lines.append("[%s] USER: %s" % (ts, u))
        lines.append("[%s] SKILL: %s" % (ts, say))
        if rp is not None:
            lines.append("[%s] REPROMPT: %s" % (ts, rp))
        lines.append("[%s] session_open=%s" % (ts, str(op).lower()))
    write(os.path.join(d, path), "\n".join(lines) + "\n")


def _slack_ts(ts, k):
    import datetime
    s = datetime.datetime.strptime(ts, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=datetime.timezone.utc).timestamp()
    return "%d.%06d" % (int(s) + k, 100 + k)


def rec_slack_export(d, c, sessions, path, tag):
    """Slack channel export (one JSON array per day) of a chat-ops bot that relays voice-test turns."""
    msgs = []
    for k, (ts, sid, u, say, rp, op, new, t) in enumerate(generic_turns(c, sessions, tag)):
        msgs.append({"type": "message", "user": "U04QA7TESTR", "text": "<@U05VOICEBOT> say \"%s\"" % u, "ts": _slack_ts(ts, 2 * k), "team": "T01SMALLBIZ",
                     "user_profile": {"real_name": "QA Tester", "display_name": "qa-tester"}})
        payload = {"session_id": sid, "utterance": u, "speech": say, "reprompt": rp, "session_open": op}
        if t.get("card"):
            payload["card"] = {"title": t["card"][0], "text": t["card"][1]}
        if t.get("perm"):
            payload["permissions_requested"] = t["perm"]
        msgs.append({"type": "message", "subtype": "bot_message", "bot_id": "B05VOICEBOT", "username": "voice-test-bot",
                     "text": ":speech_balloon: %s%s" % (say, "" if rp is None else "\n:repeat: _reprompt:_ %s" % rp),
                     "ts": _slack_ts(ts, 2 * k + 1), "thread_ts": _slack_ts(ts, 2 * k),
                     "metadata": {"event_type": "voice_turn", "event_payload": payload},
                     "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": "*%s* `%s`" % (c["name"], "open" if op else "closed")}}]})
    write(os.path.join(d, path), jdump(msgs))


def rec_teams_activities(d, c, sessions, path, tag):
    """Bot Framework / Teams activity log exported by the team's chat-ops bot (transcript store)."""
    acts = []
    for k, (ts, sid, u, say, rp, op, new, t) in enumerate(generic_turns(c, sessions, tag)):
        conv = {"id": "a:1" + hexid(sid, n=30).lower(), "conversationType": "channel", "tenantId": uid(c["id"], "tenant")}
        acts.append({"type": "message", "id": "17%011d" % (k * 2), "timestamp": ts.replace("Z", ".120Z"), "channelId": "msteams", "serviceUrl": "https://smba.trafficmanager.net/emea/",
                     "from": {"id": "29:1" + hexid("user", c["id"], n=20), "name": "Testing Account", "role": "user"}, "conversation": conv,
                     "recipient": {"id": "28:" + uid(c["id"], "bot"), "name": "VoiceRelay"}, "text": u, "textFormat": "plain", "locale": c["locale"],
                     "channelData": {"voiceRelay": {"skillSessionId": sid, "newSession": new}}})
        att = {"skillSessionId": sid, "outputSpeech": say, "reprompt": rp, "sessionOpen": op}
        if t.get("card"):
            att["card"] = {"title": t["card"][0], "content": t["card"][1]}
        if t.get("perm"):
            att["permissionsRequested"] = t["perm"]
        acts.append({"type": "message", "id": "17%011d" % (k * 2 + 1), "timestamp": ts.replace("Z", ".640Z"), "channelId": "msteams",
                     "from": {"id": "28:" + uid(c["id"], "bot"), "name": "VoiceRelay", "role": "bot"}, "conversation": conv, "text": say, "textFormat": "xml", "speak": say,
                     "inputHint": "expectingInput" if op else "ignoringInput", "replyToId": "17%011d" % (k * 2), "locale": c["locale"],
                     "attachments": [{"contentType": "application/vnd.voicerelay.turn+json", "content": att}]})
    write(os.path.join(d, path), jdump({"activities": acts, "exportedFrom": "VoiceRelay transcript store", "conversationCount": len({a["conversation"]["id"] for a in acts})}))


def rec_helpdesk_csv(d, c, sessions, path, tag):
    """Help-desk ticket export: one ticket per recorded session, transcript pasted into the description."""
    buf = io.StringIO()
    w = csv.writer(buf, quoting=csv.QUOTE_ALL)
    w.writerow(["Ticket ID", "Created", "Requester", "Subject", "Status", "Priority", "Group", "Tags", "Description", "Skill Session ID", "Session Open At End"])
    cur, rows = None, []
    for ts, sid, u, say, rp, op, new, t in generic_turns(c, sessions, tag):
        if sid != cur:
            cur = sid
            rows.append({"ts": ts, "sid": sid, "lines": [], "op": op})
        rows[-1]["lines"].append("USER: " + u)
        rows[-1]["lines"].append("SKILL: " + say)
        if rp is not None:
            rows[-1]["lines"].append("REPROMPT: " + rp)
        rows[-1]["lines"].append("(session %s)" % ("still open" if op else "closed"))
        rows[-1]["op"] = op
    subj = c.get("ticket_subject", "Voice skill QA: recorded conversation")
    for i, r in enumerate(rows):
        w.writerow(["%s-%d" % (c.get("ticket_prefix", "HD"), 4100 + int(hexid(c["id"], n=3), 16) % 800 + i), r["ts"].replace("T", " ").replace("Z", ""), "qa-team@example.com",
                    "%s (%s) #%d" % (subj, c["name"], i + 1), "Open", "Normal", "Voice apps", "voice;qa;%s" % c["locale"],
                    "Recorded on test device.\n" + "\n".join(r["lines"]), r["sid"], "yes" if r["op"] else "no"])
    write(os.path.join(d, path), buf.getvalue())


def rec_junit_xml(d, c, sessions, path, tag):
    """JUnit XML written by jest-junit for a skill's unit tests (request/response JSON in system-out)."""
    from xml.sax.saxutils import escape
    ps = [p for p in pairs(c, sessions, tag)]
    cases = []
    for i, (t, q, r, ts, sid) in enumerate(ps):
        if t["intent"] == "End":
            continue
        body = "REQUEST %s\nRESPONSE %s" % (json.dumps(q, ensure_ascii=False), json.dumps(r, ensure_ascii=False))
        cases.append('    <testcase classname="%s conversation" name="turn %d: %s" time="0.0%02d">\n      <system-out><![CDATA[%s]]></system-out>\n    </testcase>'
                     % (escape(c["name"]), i + 1, escape(t["u"] or "launch", {'"': "&quot;"}), 10 + i, body))
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="jest tests" tests="%d" failures="0" errors="0" time="1.42">\n'
           '  <testsuite name="%s" errors="0" failures="0" skipped="0" timestamp="%s" time="1.42" tests="%d">\n%s\n  </testsuite>\n</testsuites>\n'
           % (len(cases), escape(c["name"]) + " handlers", ps[0][3][:19], len(cases), "\n".join(cases)))
    write(os.path.join(d, path), xml)


def rec_mitm_dump(d, c, sessions, path, tag):
    """mitmdump --flow-detail 3 text output captured in front of the skill's HTTPS endpoint."""
    url = c.get("endpoint_url", "https://%s.example-skills.net/alexa" % c["id"][4:])
    host = url.split("/")[2]
    out = []
    for t, q, r, ts, sid in pairs(c, sessions, tag):
        qt, rt = json.dumps(q, ensure_ascii=False, indent=4), json.dumps(r, ensure_ascii=False, indent=4)
        out.append("54.239.%d.%d:%d: POST %s HTTP/1.1" % (int(hexid(sid, n=2), 16) % 200, 11, 44000 + len(out), url))
        out.append("    Host: %s\n    Content-Type: application/json; charset=utf-8\n    Signature-256: REDACTED\n    User-Agent: Apache-HttpClient/UNAVAILABLE (Java/1.8.0_402)\n    Content-Length: %d" % (host, len(qt.encode())))
        out.append("\n".join("    " + x for x in qt.splitlines()))
        out.append(" << 200 OK %db" % len(rt.encode()))
        out.append("    Content-Type: application/json\n    Date: %s" % ts)
        out.append("\n".join("    " + x for x in rt.splitlines()))
        out.append("")
    write(os.path.join(d, path), "\n".join(out) + "\n")


def rec_ipynb(d, c, sessions, path, tag):
    """Jupyter notebook in which a researcher replays the skill with a local harness; outputs kept."""
    cells = [{"cell_type": "markdown", "metadata": {}, "source": ["# Replay of %s (%s)\n" % (c["name"], c["locale"]), "Requests sent to the local handler; the raw responses are printed below.\n"]},
             {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": ["import json\n", "from harness import SkillClient\n", "client = SkillClient('lambda/index.js', locale=%r)" % c["locale"]]}]
    n = 2
    for t, q, r, ts, sid in pairs(c, sessions, tag):
        if t["intent"] == "End":
            continue
        src = ["resp = client.launch()\n" if t["intent"] == "Launch" else "resp = client.intent(%r, %r)\n" % (t["intent"], t.get("slots") or {}), "print(json.dumps(resp, indent=1, ensure_ascii=False))"]
        cells.append({"cell_type": "code", "execution_count": n, "metadata": {}, "source": src,
                      "outputs": [{"name": "stdout", "output_type": "stream", "text": [x + "\n" for x in json.dumps(r, indent=1, ensure_ascii=False).splitlines()]}]})
        n += 1
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}, "language_info": {"name": "python", "version": "3.11.6"}}, "nbformat": 4, "nbformat_minor": 5}
    write(os.path.join(d, path), jdump(nb, indent=1))


SHAPES = {"envelope": rec_envelope, "pairs-jsonl": rec_pairs_jsonl, "pairs-array": rec_pairs_array, "smapi-simulation": rec_smapi_simulation,
          "smapi-invocation": rec_smapi_invocation, "ask-dialog": rec_ask_dialog, "cloudwatch-text": rec_cloudwatch_text, "cloudwatch-json": rec_cloudwatch_json,
          "har": rec_har, "gactions-conversation": rec_gactions_conversation, "dialogflow-webhook": rec_dialogflow_webhook, "gactions-scene": rec_gactions_scene,
          "transcript": rec_transcript, "slack-export": rec_slack_export, "teams-activities": rec_teams_activities, "helpdesk-csv": rec_helpdesk_csv,
          "junit-xml": rec_junit_xml, "mitm-dump": rec_mitm_dump, "ipynb": rec_ipynb}


def render(c, casedir):
    d = os.path.join(casedir, c["id"])
    {"alexa": alexa_package, "builder": google_builder, "sdkv2": google_sdkv2, "dialogflow": google_dialogflow}[c["platform"]](d, c)
    for f, text in c.get("files", {}).items():
        write(os.path.join(d, f), text)
    shapes = []
    for rec in c["rec"]:
        path, shape, sessions = rec[0], rec[1], rec[2]
        opts = rec[3] if len(rec) > 3 else {}
        tag = opts.pop("tag", None) if opts else None
        SHAPES[shape](d, c, sessions, path, tag, **opts)
        if shape not in shapes:
            shapes.append(shape)
    return shapes

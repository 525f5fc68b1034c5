"""Rendering helpers for eval set 85. Case content lives in cases_*.py; this only formats it."""
import hashlib, json, os, re, html

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = []


def C(cid, plat, loc, inv, cats, why, **kw):
    kw.update(cid=cid, plat=plat, loc=loc, inv=inv, cats=sorted(cats), why=why)
    CASES.append(kw)


def T(u, i, s, r=None, end=False, slots=None, perm=None, d=None):
    """one turn: user text, intent, speech, reprompt (None = none), end session?, slot values, permission ask"""
    return dict(u=u, i=i, s=s, r=r, end=end, slots=slots or {}, perm=perm, d=d)


def hid(*parts, n=32):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


def uuid(*parts):
    h = hid(*parts)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


def w(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def j(obj, indent=2):
    return json.dumps(obj, ensure_ascii=False, indent=indent)


def ssml(s):
    if s is None:
        return None
    return s if s.lstrip().startswith("<speak>") else f"<speak>{s}</speak>"


def plain(s):
    if s is None:
        return ""
    return re.sub(r"<[^>]+>", "", s)


def ts(day, k):
    # day "2025-03-14", k turn index -> ISO timestamp
    return f"{day}T{19 + (k // 60) % 4:02d}:{(k * 7) % 60:02d}:{(k * 13) % 60:02d}Z"


def lang(loc):
    return loc.split("-")[0]


# ---------------------------------------------------------------- sessions
def sessions(case, turns, tag):
    """split a flat turn list into sessions: a new session starts after a turn with end=True."""
    out, cur = [], []
    for t in turns:
        cur.append(t)
        if t["end"]:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    res = []
    for n, s in enumerate(out):
        sid = hid(case["cid"], tag, n)
        res.append((sid, s))
    return res


# ---------------------------------------------------------------- Alexa envelopes
def alexa_req(case, sid, k, t, new, day):
    app = "amzn1.ask.skill." + uuid(case["cid"], "app")
    user = "amzn1.ask.account.AF" + hid(case["cid"], "user", n=40).upper()
    if t["i"] == "LaunchRequest":
        r = {"type": "LaunchRequest"}
    elif t["i"] == "SessionEndedRequest":
        r = {"type": "SessionEndedRequest", "reason": "USER_INITIATED"}
    else:
        r = {"type": "IntentRequest", "intent": {"name": t["i"], "confirmationStatus": "NONE"}}
        if t["slots"]:
            r["intent"]["slots"] = {k2: {"name": k2, "value": v, "confirmationStatus": "NONE", "source": "USER"}
                                    for k2, v in t["slots"].items()}
    r.update(requestId="amzn1.echo-api.request." + uuid(sid, k), timestamp=ts(day, k), locale=case["loc"])
    if r["type"] == "IntentRequest":
        r["dialogState"] = "COMPLETED" if t["slots"] else None
        if r["dialogState"] is None:
            del r["dialogState"]
    return {"version": "1.0",
            "session": {"new": new, "sessionId": "amzn1.echo-api.session." + uuid(sid), "application": {"applicationId": app},
                        "attributes": {}, "user": {"userId": user}},
            "context": {"System": {"application": {"applicationId": app}, "user": {"userId": user},
                                   "device": {"deviceId": "amzn1.ask.device.AE" + hid(case["cid"], "dev", n=24).upper(),
                                              "supportedInterfaces": {"Display": {}} if t.get("d") else {}},
                                   "apiEndpoint": "https://api.amazonalexa.com"}},
            "request": r}


def alexa_resp(t):
    resp = {}
    if t["s"] is not None:
        resp["outputSpeech"] = {"type": "SSML", "ssml": ssml(t["s"])}
    if t.get("d"):
        resp["card"] = {"type": "Simple", "title": t["d"][0], "content": t["d"][1]}
    if t["r"] is not None:
        resp["reprompt"] = {"outputSpeech": {"type": "SSML", "ssml": ssml(t["r"])}}
    if t["perm"]:
        resp["card"] = {"type": "AskForPermissionsConsent", "permissions": t["perm"]}
    resp["shouldEndSession"] = bool(t["end"])
    return {"version": "1.0", "sessionAttributes": {}, "userAgent": "ask-node/2.14.0 Node/v18.18.2", "response": resp}


def alexa_pairs(case, turns, tag, day):
    out = []
    k = 0
    for sid, ss in sessions(case, turns, tag):
        for n, t in enumerate(ss):
            out.append((t, alexa_req(case, sid, k, t, n == 0, day), alexa_resp(t)))
            k += 1
    return out


# ---------------------------------------------------------------- Google webhook pairs
def g_pairs(case, turns, tag, day):
    """returns list of (turn, request, response) in the case's Google platform format"""
    plat = case["plat"]
    proj = case.get("project") or re.sub(r"[^a-z0-9]+", "-", case["cid"].split("-", 1)[1])
    out, k = [], 0
    for sid, ss in sessions(case, turns, tag):
        conv = str(int(hid(sid, n=12), 16))[:15]
        for n, t in enumerate(ss):
            if plat == "builder":
                req, resp = builder_pair(case, proj, conv, k, t, n == 0, day)
            elif plat == "sdk2":
                req, resp = sdk2_pair(case, conv, k, t, n == 0, day)
            elif plat == "dfes":
                req, resp = dfes_pair(case, proj, conv, k, t, n == 0, day)
            else:
                req, resp = cx_pair(case, proj, conv, k, t, n == 0, day)
            out.append((t, req, resp))
            k += 1
            if plat == "builder" and t["r"] is not None and not t["end"]:
                t2 = dict(t, u="", i="actions.intent.NO_INPUT_1", s=t["r"], r=None, slots={}, perm=None, h="no_input")
                req, resp = builder_pair(case, proj, conv, k, t2, False, day)
                out.append((t2, req, resp))
                k += 1
    return out


def builder_pair(case, proj, conv, k, t, new, day):
    scene = case.get("scene", "Main")
    req = {"handler": {"name": t.get("h") or ("main" if t["i"] == "actions.intent.MAIN" else t["i"].split(".")[-1].lower())},
           "intent": {"name": t["i"], "params": {k2: {"original": v, "resolved": v} for k2, v in t["slots"].items()},
                      "query": t["u"]},
           "scene": {"name": "actions.scene.START_CONVERSATION" if new else scene, "slotFillingStatus": "UNSPECIFIED",
                     "slots": {}},
           "session": {"id": conv[:12] + "-" + hid(conv, n=20), "params": {}, "typeOverrides": [], "languageCode": ""},
           "user": {"locale": case["loc"], "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                    "verificationStatus": "VERIFIED", "packageEntitlements": [], "permissions": [],
                    "lastSeenTime": ts(day, k)},
           "home": {"params": {}},
           "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"] if case.get("display") else ["SPEECH", "LONG_FORM_AUDIO"],
                      "timeZone": {"id": case.get("tz", "America/Chicago"), "version": ""}}}
    prompt = {"override": False}
    if t["s"] is not None:
        prompt["firstSimple"] = {"speech": t["s"], "text": t["d"] if isinstance(t.get("d"), str) else plain(t["s"])}
    resp = {"session": {"id": req["session"]["id"], "params": {}}, "prompt": prompt}
    sc = {"name": scene, "slots": {}}
    if t["end"]:
        sc["next"] = {"name": "actions.scene.END_CONVERSATION"}
    elif t["perm"]:
        sc["next"] = {"name": "AskPermission"}
    resp["scene"] = sc
    return req, resp


def sdk2_pair(case, conv, k, t, new, day):
    u = {"userId": "ABwppHG" + hid(case["cid"], "u", n=30), "locale": case["loc"], "lastSeen": ts(day, k),
         "userVerificationStatus": "VERIFIED"}
    inp = {"intent": t["i"], "rawInputs": [{"inputType": "VOICE", "query": t["u"]}]}
    if t["i"] == "actions.intent.TEXT":
        inp["arguments"] = [{"name": "text", "rawText": t["u"], "textValue": t["u"]}]
    req = {"user": u, "conversation": {"conversationId": conv, "type": "NEW" if new else "ACTIVE"},
           "inputs": [inp],
           "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"},
                                        {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
           "isInSandbox": True, "availableSurfaces": []}
    if not new:
        req["conversation"]["conversationToken"] = "{\"data\":{}}"
    if t["end"]:
        resp = {"expectUserResponse": False,
                "finalResponse": {"richResponse": {"items": [{"simpleResponse": {"textToSpeech": t["s"] or "", "displayText": plain(t["s"])}}]}}}
        return req, resp
    ip = {"richInitialPrompt": {"items": [{"simpleResponse": {"textToSpeech": t["s"] or "", "displayText": plain(t["s"])}}]}}
    if t["r"] is not None:
        ip["noInputPrompts"] = [{"textToSpeech": t["r"]}] * 3
    if t["perm"]:
        pi = [{"intent": "actions.intent.PERMISSION",
               "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                                  "optContext": t["perm"][0], "permissions": t["perm"][1]}}]
    else:
        pi = [{"intent": "actions.intent.TEXT"}]
    resp = {"expectUserResponse": True, "expectedInputs": [{"inputPrompt": ip, "possibleIntents": pi, "speechBiasingHints": []}],
            "conversationToken": "{\"data\":{}}"}
    return req, resp


def dfes_pair(case, proj, conv, k, t, new, day):
    lg = lang(case["loc"])
    req = {"responseId": uuid(conv, k, "r") + "-" + hid(conv, k, n=8),
           "queryResult": {"queryText": t["u"] or "actions_intent_NO_INPUT", "parameters": dict(t["slots"]),
                           "allRequiredParamsPresent": True,
                           "intent": {"name": f"projects/{proj}/agent/intents/{uuid(case['cid'], t['i'])}", "displayName": t["i"]},
                           "intentDetectionConfidence": 1 if not t["u"] else 0.87, "languageCode": lg},
           "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
               "user": {"locale": case["loc"], "lastSeen": ts(day, k), "userVerificationStatus": "VERIFIED"},
               "conversation": {"conversationId": conv, "type": "NEW" if new else "ACTIVE"},
               "inputs": [{"intent": "actions.intent.MAIN" if new else "actions.intent.TEXT",
                           "rawInputs": [{"inputType": "VOICE", "query": t["u"]}]}],
               "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.SCREEN_OUTPUT"}] if case.get("display") else [{"name": "actions.capability.AUDIO_OUTPUT"}]},
               "isInSandbox": True}},
           "session": f"projects/{proj}/agent/sessions/{conv}"}
    g = {"expectUserResponse": not t["end"],
         "richResponse": {"items": [{"simpleResponse": {"textToSpeech": t["s"] or "", "displayText": plain(t["s"])}}]}}
    if t["r"] is not None and not t["end"]:
        g["noInputPrompts"] = [{"textToSpeech": t["r"]}, {"textToSpeech": t["r"]}]
    if t["perm"]:
        g["systemIntent"] = {"intent": "actions.intent.PERMISSION",
                             "data": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                                      "optContext": t["perm"][0], "permissions": t["perm"][1]}}
    resp = {"fulfillmentText": plain(t["s"]), "payload": {"google": g}}
    return req, resp


def cx_pair(case, proj, conv, k, t, new, day):
    lg = "pt-br" if case["loc"] == "pt-BR" else lang(case["loc"])
    agent = f"projects/{proj}/locations/global/agents/{uuid(case['cid'], 'agent')}"
    req = {"detectIntentResponseId": uuid(conv, k),
           "intentInfo": {"lastMatchedIntent": f"{agent}/intents/{uuid(case['cid'], t['i'])}", "displayName": t["i"], "confidence": 0.93},
           "pageInfo": {"currentPage": f"{agent}/flows/00000000-0000-0000-0000-000000000000/pages/{uuid(case['cid'], 'page')}",
                        "displayName": t.get("page") or case.get("page", "Main")},
           "sessionInfo": {"session": f"{agent}/sessions/{conv}", "parameters": dict(t["slots"])},
           "fulfillmentInfo": {"tag": t.get("tag") or t["i"].lower().replace(" ", "-")},
           "text": t["u"], "languageCode": lg}
    if not t["u"]:
        del req["text"]
        req["intentInfo"] = None
        del req["intentInfo"]
    msgs = []
    if t["s"] is not None:
        if "<" in t["s"]:
            msgs.append({"outputAudioText": {"ssml": ssml(t["s"])}})
        msgs.append({"text": {"text": [plain(t["s"])]}})
    resp = {"fulfillmentResponse": {"messages": msgs, "mergeBehavior": "REPLACE"}, "sessionInfo": {"parameters": {}}}
    if t["r"] is not None:
        resp["sessionInfo"]["parameters"]["no_input_reprompt"] = t["r"]
    if t["end"]:
        resp["targetPage"] = f"{agent}/flows/00000000-0000-0000-0000-000000000000/pages/END_SESSION"
        msgs.append({"endInteraction": {}})
    return req, resp


# ================================================================ projects
def yq(s):
    return json.dumps(s, ensure_ascii=False)


def project(case, d):
    p = case["plat"]
    {"alexa": proj_alexa, "builder": proj_builder, "sdk2": proj_sdk2, "dfes": proj_dfes, "dfcx": proj_cx}[p](case, d)
    for rel, text in (case.get("extra") or {}).items():
        w(os.path.join(d, rel), text)


def split_sample(s):
    """'find {q} now' -> [('find ', None), ('q','q'), (' now', None)]"""
    parts = []
    for m in re.split(r"(\{[^}]+\})", s):
        if not m:
            continue
        if m.startswith("{"):
            parts.append((m[1:-1], m[1:-1]))
        else:
            parts.append((m, None))
    return parts


def proj_alexa(case, d):
    loc = case["loc"]
    locs = case.get("locales") or [loc]
    pub = {}
    for l in locs:
        pub[l] = {"name": case.get("name", case["inv"].title()), "summary": case.get("summary", case.get("desc", "")[:120]),
                  "description": case.get("desc", ""), "examplePhrases": case.get("examples", [f"Alexa, open {case['inv']}"]),
                  "keywords": case.get("keywords", []), "smallIconUri": "https://example.com/s.png", "largeIconUri": "https://example.com/l.png"}
    pac = {"allowsPurchases": False, "usesPersonalInfo": bool(case.get("perms")) or bool(case.get("personal")),
           "isChildDirected": bool(case.get("kids")), "isExportCompliant": True, "containsAds": False, "locales": {}}
    for l in locs:
        e = {}
        if case.get("policy"):
            e["privacyPolicyUrl"] = case["policy"]
        if case.get("terms"):
            e["termsOfUseUrl"] = case["terms"]
        pac["locales"][l] = e
    man = {"manifest": {"publishingInformation": {"locales": pub, "isAvailableWorldwide": False, "testingInstructions": case.get("testing", "n/a"),
                                                  "category": case.get("category", "GAMES"), "distributionCountries": [loc.split("-")[1]]},
                        "apis": {"custom": {"endpoint": {"uri": "arn:aws:lambda:us-east-1:1234567890:function:" + case["cid"].split("-", 1)[1]}}},
                        "manifestVersion": "1.0", "privacyAndCompliance": pac}}
    if case.get("perms"):
        man["manifest"]["permissions"] = [{"name": x} for x in case["perms"]]
    w(os.path.join(d, "skill-package", "skill.json"), j(man))
    for l in locs:
        intents, types = [], []
        for name, samples in case.get("intents", {}).items():
            it = {"name": name, "samples": samples}
            slots = set()
            for s in samples:
                for a, b in split_sample(s):
                    if b:
                        slots.add(b)
            if slots:
                it["slots"] = [{"name": s, "type": case.get("slots", {}).get(s, "AMAZON.SearchQuery")} for s in sorted(slots)]
            intents.append(it)
        for b in ["AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent"]:
            if b not in case.get("intents", {}):
                intents.append({"name": b, "samples": []})
        for tname, vals in case.get("types", {}).items():
            types.append({"name": tname, "values": [{"name": {"value": v}} for v in vals]})
        im = {"interactionModel": {"languageModel": {"invocationName": case["inv"], "intents": intents, "types": types}}}
        w(os.path.join(d, "skill-package", "interactionModels", "custom", f"{l}.json"), j(im))
    w(os.path.join(d, "ask-resources.json"), j({"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
        "skillMetadata": {"src": "./skill-package"}, "code": {"default": {"src": "./lambda"}},
        "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler"}}}}}))
    if case.get("code"):
        w(os.path.join(d, "lambda", case.get("codefile", "index.js")), case["code"])


def proj_builder(case, d):
    lg = lang(case["loc"])
    s = d + "/sdk"
    st = [f"defaultLocale: {lg}", f"projectId: {case.get('project', case['cid'].split('-', 1)[1])}",
          "localizedSettings:", f"  displayName: {yq(case.get('name', case['inv'].title()))}",
          f"  pronunciation: {yq(case['inv'])}", f"  shortDescription: {yq(case.get('summary', case.get('desc', '')[:80]))}",
          f"  fullDescription: {yq(case.get('desc', ''))}", "  smallLogoImage: $resources.images.square",
          f"  developerName: {yq(case.get('dev', 'Indie Voice Studio'))}", f"  developerEmail: {yq(case.get('email', 'dev@example.org'))}"]
    if case.get("policy"):
        st.append(f"  privacyPolicyUrl: {yq(case['policy'])}")
    if case.get("terms"):
        st.append(f"  termsOfServiceUrl: {yq(case['terms'])}")
    st += [f"category: {case.get('category', 'GAMES_AND_TRIVIA')}", "usesTransactionsApi: false", "usesDigitalPurchaseApi: false",
           "usesInteractiveCanvas: false", "designedForFamily: " + ("true" if case.get("kids") else "false"),
           "containsAlcoholOrTobaccoContent: false",
           "surfaceRequirements:", "  minimumRequirements:", "  - capability: SPEECH"]
    if case.get("accountLinking"):
        st += ["accountLinking:", "  enableAccountCreation: true", "  linkingType: GOOGLE_SIGN_IN"]
    w(f"{s}/settings/settings.yaml", "\n".join(st) + "\n")
    w(f"{s}/actions/actions.yaml", "actions:\n  actions.intent.MAIN:\n    handler:\n      webhookHandler: main\n    engagement:\n      title: " + yq(case.get('name', case['inv'].title())) + "\n")
    w(f"{s}/custom/global/actions.intent.MAIN.yaml", "handler:\n  webhookHandler: main\ntransitionToScene: " + case.get("scene", "Main") + "\n")
    ptypes = case.get("slots", {})
    for name, samples in case.get("intents", {}).items():
        params = set()
        lines = []
        for smp in samples:
            out = ""
            for a, b in split_sample(smp):
                if b:
                    params.add(b)
                    ex = case.get("ex", {}).get(b, "something")
                    out += f"(${b} '{ex}' auto=true)"
                else:
                    out += a
            lines.append("- " + yq(out))
        y = ""
        if params:
            y += "parameters:\n" + "".join(f"- name: {p}\n  type:\n    name: {ptypes.get(p, 'actions.type.FreeText')}\n" for p in sorted(params))
        y += "trainingPhrases:\n" + "\n".join(lines) + "\n"
        w(f"{s}/custom/intents/{name}.yaml", y)
    for tname, vals in case.get("types", {}).items():
        w(f"{s}/custom/types/{tname}.yaml", "synonym:\n  entities:\n" + "".join(f"    {yq(v)}:\n      synonyms:\n      - {yq(v)}\n" for v in vals) + "  matchType: EXACT_MATCH\n")
    sc = "intentEvents:\n" + "".join(f"- handler:\n    webhookHandler: {n.lower()}\n  intent: {n}\n" for n in case.get("intents", {}))
    sc += "onEnter:\n  webhookHandler: main_enter\n"
    if case.get("noinput") is not None:
        sc = sc.replace("intentEvents:\n", "intentEvents:\n" + "".join(
            f"- handler:\n    staticPrompt:\n      candidates:\n      - promptResponse:\n          firstSimple:\n            variants:\n            - speech: {yq(case['noinput'])}\n  intent: actions.intent.NO_INPUT_{n}\n" for n in (1, 2)), 1)
    w(f"{s}/custom/scenes/{case.get('scene', 'Main')}.yaml", sc)
    if case.get("perms"):
        w(f"{s}/custom/scenes/AskPermission.yaml",
          "conditionalEvents:\n- condition: scene.slots.status == \"FINAL\"\n  handler:\n    webhookHandler: permission_result\n"
          "slots:\n- commitBehavior:\n    writeSessionParam: permission\n  config:\n    '@type': type.googleapis.com/google.actions.conversation.v3.PermissionValueSpec\n"
          f"    context: {yq(case.get('permContext', 'To personalise your experience'))}\n    permissions:\n" +
          "".join(f"    - {p}\n" for p in case["perms"]) +
          "  name: permission\n  required: true\n  type:\n    name: actions.type.Permission\n")
    w(f"{s}/webhooks/ActionsOnGoogleFulfillment.yaml", "handlers:\n" + "".join(f"- name: {h}\n" for h in ["main", "main_enter"] + [n.lower() for n in case.get("intents", {})]) + "inlineCloudFunction:\n  executeFunction: ActionsOnGoogleFulfillment\n")
    if case.get("code"):
        w(f"{s}/webhooks/ActionsOnGoogleFulfillment/index.js", case["code"])
        w(f"{s}/webhooks/ActionsOnGoogleFulfillment/package.json", j({"name": "actions-on-google-fulfillment", "dependencies": {"@assistant/conversation": "^3.8.1", "firebase-functions": "^3.24.1"}}))


def proj_sdk2(case, d):
    acts = [{"description": "Default Welcome Intent", "name": "MAIN", "fulfillment": {"conversationName": "main"},
             "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": [f"talk to {case['inv']}", case["inv"]]}}}]
    for name, samples in case.get("intents", {}).items():
        params = []
        qp = []
        for smp in samples:
            out = ""
            for a, b in split_sample(smp):
                if b:
                    params.append(b)
                    out += f"${case.get('slots', {}).get(b, 'SchemaOrg_Text')}:{b}"
                else:
                    out += a
            qp.append(out)
        it = {"name": name, "trigger": {"queryPatterns": qp}}
        if params:
            it["parameters"] = [{"name": p, "type": case.get("slots", {}).get(p, "SchemaOrg_Text")} for p in dict.fromkeys(params)]
        acts.append({"description": name, "name": name, "fulfillment": {"conversationName": "main"}, "intent": it})
    a = {"actions": acts, "conversations": {"main": {"name": "main", "url": case.get("url", f"https://europe-west1-{case['cid'].split('-',1)[1]}.cloudfunctions.net/fulfillment"), "fulfillmentApiVersion": 2}},
         "locale": lang(case["loc"])}
    if case.get("types"):
        a["types"] = [{"name": n, "entities": [{"key": v, "synonyms": [v]} for v in vals], "isUserDefined": False} for n, vals in case["types"].items()]
    w(os.path.join(d, "action.json"), j(a))


def proj_dfes(case, d):
    lg = lang(case["loc"])
    ag = {"description": case.get("desc", ""), "displayName": case.get("name", case["inv"].title()), "language": lg, "shortDescription": case.get("summary", ""),
          "examples": "", "linkToDocs": "", "disableInteractionLogs": False, "disableStackdriverLogs": True,
          "googleAssistant": {"googleAssistantCompatible": True, "project": case.get("project", case["cid"].split("-", 1)[1]),
                              "welcomeIntentSignInRequired": False, "startIntents": [], "systemIntents": [], "endIntentIds": [],
                              "oAuthLinking": {"required": False, "providerId": "", "authorizationUrl": "", "tokenUrl": "", "scopes": "", "privacyPolicyUrl": case.get("policy", ""), "grantType": "AUTH_CODE_GRANT"},
                              "voiceType": "MALE_1", "capabilities": [], "env": "", "protocolVersion": "V2", "autoPreviewEnabled": False, "isDeviceAgent": False},
          "defaultTimezone": case.get("tz", "Europe/Madrid"), "webhook": {"url": "", "username": "", "headers": {}, "available": True, "useForDomains": False, "cloudFunctionsEnabled": True, "cloudFunctionsInitialized": True},
          "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformResponses": True, "onePlatformApiVersion": "v2beta1",
          "analyzeQueryTextSentiment": False, "enabledKnowledgeBaseNames": [], "knowledgeServiceConfidenceAdjustment": 0.0, "dialogBuilderMode": False, "baseActionPackagesUrl": "", "enableSpellCorrection": False}
    w(os.path.join(d, "agent.json"), j(ag))
    w(os.path.join(d, "package.json"), j({"version": "1.0.0"}))
    intents = dict(case.get("intents", {}))
    intents.setdefault("Default Welcome Intent", [])
    for name, samples in intents.items():
        params = {}
        us = []
        for smp in samples:
            data = []
            for a, b in split_sample(smp):
                if b:
                    params[b] = case.get("slots", {}).get(b, "@sys.any")
                    data.append({"text": case.get("ex", {}).get(b, "algo"), "alias": b, "meta": params[b], "userDefined": True})
                else:
                    data.append({"text": a, "userDefined": False})
            us.append({"id": uuid(case["cid"], name, smp), "data": data, "isTemplate": False, "count": 0, "lang": lg, "updated": 0})
        resp = case.get("responses", {}).get(name, [])
        it = {"id": uuid(case["cid"], name), "name": name, "auto": True, "contexts": [],
              "responses": [{"resetContexts": False, "action": name.lower().replace(" ", "."), "affectedContexts": [],
                             "parameters": [{"id": uuid(name, p), "name": p, "required": False, "dataType": t, "value": "$" + p, "defaultValue": "", "isList": False, "prompts": [], "promptMessages": [], "noMatchPromptMessages": [], "noInputPromptMessages": [], "outputDialogContexts": []} for p, t in params.items()],
                             "messages": [{"type": "0", "title": "", "textToSpeech": "", "lang": lg, "condition": "", "speech": resp}] if resp else [],
                             "speech": []}],
              "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": name == "Default Fallback Intent",
              "events": [{"name": "WELCOME"}] if name == "Default Welcome Intent" else [], "conditionalResponses": [], "condition": "", "conditionalFollowupEvents": [],
              "endInteraction": bool(case.get("endIntents", {}).get(name, False))}
        w(os.path.join(d, "intents", name + ".json"), j(it))
        if us:
            w(os.path.join(d, "intents", f"{name}_usersays_{lg}.json"), j(us))
    for tname, vals in case.get("types", {}).items():
        w(os.path.join(d, "entities", tname + ".json"), j({"id": uuid(tname), "name": tname, "isOverridable": True, "isEnum": False, "isRegexp": False, "automatedExpansion": False, "allowFuzzyExtraction": False}))
        w(os.path.join(d, "entities", f"{tname}_entries_{lg}.json"), j([{"value": v, "synonyms": [v]} for v in vals]))


def proj_cx(case, d):
    lg = "pt-br" if case["loc"] == "pt-BR" else lang(case["loc"])
    ag = {"displayName": case.get("name", case["inv"].title()), "defaultLanguageCode": lg, "supportedLanguageCodes": [],
          "timeZone": case.get("tz", "Europe/Paris"), "description": case.get("desc", ""), "startFlow": "Default Start Flow",
          "enableStackdriverLogging": True, "speechToTextSettings": {"enableSpeechAdaptation": False},
          "advancedSettings": {"loggingSettings": {"enableStackdriverLogging": True, "enableInteractionLogging": True}},
          "gitIntegrationSettings": {}, "textToSpeechSettings": {}}
    w(os.path.join(d, "agent.json"), j(ag))
    routes = []
    for name, samples in case.get("intents", {}).items():
        params = {}
        tps = []
        for smp in samples:
            parts = []
            for a, b in split_sample(smp):
                if b:
                    params[b] = case.get("slots", {}).get(b, "@sys.any")
                    parts.append({"text": case.get("ex", {}).get(b, "algo"), "parameterId": b})
                else:
                    parts.append({"text": a})
            tps.append({"id": uuid(case["cid"], smp), "parts": parts, "repeatCount": 1, "languageCode": lg})
        w(os.path.join(d, "intents", name, name + ".json"), j({"name": uuid(case["cid"], name), "displayName": name, "priority": 500000,
                                                              "parameters": [{"id": p, "entityType": t} for p, t in params.items()]}))
        w(os.path.join(d, "intents", name, "trainingPhrases", lg + ".json"), j({"trainingPhrases": tps}))
        r = {"intent": name, "triggerFulfillment": {"webhook": "fulfillment", "tag": name.lower()}, "name": uuid(case["cid"], "route", name)}
        if case.get("endIntents", {}).get(name):
            r["targetPage"] = "END_SESSION"
        routes.append(r)
    flow = {"name": "00000000-0000-0000-0000-000000000000", "displayName": "Default Start Flow", "transitionRoutes": routes,
            "eventHandlers": [{"event": "sys.no-match-default", "triggerFulfillment": {"messages": [{"text": {"text": [case.get("nomatch", "?")]}, "languageCode": lg}]}, "name": uuid(case["cid"], "nm")}]}
    if case.get("noinput") is not None:
        flow["eventHandlers"].append({"event": "sys.no-input-default", "triggerFulfillment": {"messages": [{"outputAudioText": {"ssml": ssml(case["noinput"])}, "languageCode": lg}]}, "name": uuid(case["cid"], "ni")})
    w(os.path.join(d, "flows", "Default Start Flow", "Default Start Flow.json"), j(flow))
    w(os.path.join(d, "webhooks", "fulfillment.json"), j({"name": uuid(case["cid"], "wh"), "displayName": "fulfillment",
                                                        "genericWebService": {"uri": case.get("url", f"https://{case['cid'].split('-',1)[1]}-x7q2.a.run.app/cx")}, "timeout": "5s"}))
    for tname, vals in case.get("types", {}).items():
        w(os.path.join(d, "entityTypes", tname, tname + ".json"), j({"name": uuid(tname), "displayName": tname, "kind": "KIND_MAP", "autoExpansionMode": "AUTO_EXPANSION_MODE_UNSPECIFIED"}))
        w(os.path.join(d, "entityTypes", tname, "entities", lg + ".json"), j({"entities": [{"value": v, "synonyms": [v]} for v in vals]}))


# ================================================================ recordings
def pairs_for(case, turns, tag, day):
    if case["plat"] == "alexa":
        return alexa_pairs(case, turns, tag, day)
    return g_pairs(case, turns, tag, day)


def endpoint(case):
    n = case["cid"].split("-", 1)[1]
    return {"alexa": f"https://{n}.skills.example.net/alexa", "builder": f"https://us-central1-{n}.cloudfunctions.net/ActionsOnGoogleFulfillment",
            "sdk2": f"https://europe-west1-{n}.cloudfunctions.net/fulfillment", "dfes": f"https://europe-west3-{n}.cloudfunctions.net/dialogflowFirebaseFulfillment",
            "dfcx": f"https://{n}-x7q2.a.run.app/cx"}[case["plat"]]


def said(case, resp):
    """plain spoken text + reprompt + open? from a response, for text renderings"""
    if case["plat"] == "alexa":
        r = resp["response"]
        return (plain((r.get("outputSpeech") or {}).get("ssml")), plain(((r.get("reprompt") or {}).get("outputSpeech") or {}).get("ssml")) if r.get("reprompt") else None,
                not r["shouldEndSession"])
    return None


def text_turns(case, turns, tag, day):
    """(sid, k, user, speech_raw, reprompt_raw, open) per turn"""
    out, k = [], 0
    for sid, ss in sessions(case, turns, tag):
        for t in ss:
            out.append((sid, k, t["u"], t["s"], t["r"], not t["end"], t))
            k += 1
    return out


def render(case, d, shape, path, turns, day, tag):
    P = os.path.join(d, path)
    pairs = pairs_for(case, turns, tag, day)
    A = case["plat"] == "alexa"
    who = case.get("assistant", "Alexa" if A else "Google Assistant")
    if shape == "envelope":
        for n, (t, rq, rs) in enumerate(pairs):
            nm = (t["i"].split(".")[-1] if t["i"] else "turn").replace(" ", "_")
            w(os.path.join(P, f"{n + 1:02d}-{nm}.json"), j(rs))
    elif shape in ("pairs-jsonl", "gactions-scene", "gactions-conversation", "dialogflow-webhook", "cx-webhook") and path.endswith(".jsonl"):
        w(P, "".join(json.dumps({"request": rq, "response": rs}, ensure_ascii=False) + "\n" for t, rq, rs in pairs))
    elif shape in ("pairs-array", "gactions-scene", "gactions-conversation", "dialogflow-webhook", "cx-webhook") and path.endswith(".json"):
        w(P, j([{"request": rq, "response": rs} for t, rq, rs in pairs]))
    elif shape in ("gactions-scene", "gactions-conversation", "dialogflow-webhook", "cx-webhook"):
        for n, (t, rq, rs) in enumerate(pairs):
            w(os.path.join(P, f"turn{n + 1:02d}.request.json"), j(rq))
            w(os.path.join(P, f"turn{n + 1:02d}.response.json"), j(rs))
    elif shape == "smapi-simulation":
        for n, (t, rq, rs) in enumerate(pairs):
            o = {"id": uuid(case["cid"], tag, n), "status": "SUCCESSFUL", "result": {
                "alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": plain((rs["response"].get("outputSpeech") or {}).get("ssml"))}}],
                                       "considuredIntents": []},
                "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": "arn:aws:lambda:eu-west-1:1234567890:function:" + case["cid"], "body": rq},
                                                        "invocationResponse": {"body": rs}, "metrics": {"skillExecutionTimeInMilliseconds": 180 + n * 11}}]},
                "error": None}}
            o["result"]["alexaExecutionInfo"]["consideredIntents"] = o["result"]["alexaExecutionInfo"].pop("considuredIntents")
            w(os.path.join(P, f"simulation-{n + 1:02d}.json"), j(o))
    elif shape == "smapi-invocation":
        for n, (t, rq, rs) in enumerate(pairs):
            o = {"id": uuid(case["cid"], tag, n, "inv"), "status": "SUCCESSFUL", "result": {"skillExecutionInfo": {
                "invocationRequest": {"endpoint": "arn:aws:lambda:us-east-1:1234567890:function:" + case["cid"], "body": rq},
                "invocationResponse": {"body": rs}, "metrics": {"skillExecutionTimeInMilliseconds": 95 + n}}, "error": None}}
            w(os.path.join(P, f"invoke-{n + 1:02d}.json"), j(o))
    elif shape == "ask-dialog":
        w(os.path.join(P, "dialog-replay.json"), j({"skillId": "amzn1.ask.skill." + uuid(case["cid"], "app"), "locale": case["loc"], "type": "text",
                                                     "userInput": [t["u"] for t, _, _ in pairs]}))
        lines = []
        for t, rq, rs in pairs:
            lines.append(f"User  > {t['u']}")
            lines.append(f"Alexa > {plain((rs['response'].get('outputSpeech') or {}).get('ssml'))}")
        w(os.path.join(P, "dialog-output.txt"), "\n".join(lines) + "\n")
        w(os.path.join(P, "dialog-io.json"), j([{"utterance": t["u"], "invocations": [{"invocationRequest": {"body": rq}, "invocationResponse": {"body": rs}}]} for t, rq, rs in pairs]))
    elif shape == "cloudwatch-text":
        out = []
        for n, (t, rq, rs) in enumerate(pairs):
            rid = uuid(case["cid"], tag, "cw", n)
            tt = ts(day, n).replace("Z", ".412Z")
            out.append(f"{tt} START RequestId: {rid} Version: $LATEST")
            if case.get("py"):
                out.append(f"[INFO]\t{tt}\t{rid}\tRequest envelope: {json.dumps(rq, ensure_ascii=False)}")
                out.append(f"[INFO]\t{tt}\t{rid}\tResponse: {json.dumps(rs, ensure_ascii=False)}")
            else:
                out.append(f"{tt}\t{rid}\tINFO\tREQUEST {json.dumps(rq, ensure_ascii=False)}")
                out.append(f"{tt}\t{rid}\tINFO\tRESPONSE {json.dumps(rs, ensure_ascii=False)}")
            out.append(f"{tt} END RequestId: {rid}")
            out.append(f"{tt} REPORT RequestId: {rid}\tDuration: {41 + n}.27 ms\tBilled Duration: {42 + n} ms\tMemory Size: 256 MB\tMax Memory Used: 88 MB")
        w(P, "\n".join(out) + "\n")
    elif shape == "cloudwatch-json":
        ev = []
        for n, (t, rq, rs) in enumerate(pairs):
            rid = uuid(case["cid"], tag, "cwj", n)
            base = 1741978800000 + n * 9000
            ev.append({"logStreamName": "2025/03/14/[$LATEST]" + hid(case["cid"], n=32), "timestamp": base, "message": f"{ts(day, n)}\t{rid}\tINFO\tRequest: {json.dumps(rq, ensure_ascii=False)}\n", "ingestionTime": base + 40, "eventId": hid(rid, 1, n=32)})
            ev.append({"logStreamName": "2025/03/14/[$LATEST]" + hid(case["cid"], n=32), "timestamp": base + 60, "message": f"{ts(day, n)}\t{rid}\tINFO\tResponse: {json.dumps(rs, ensure_ascii=False)}\n", "ingestionTime": base + 100, "eventId": hid(rid, 2, n=32)})
        w(P, j({"events": ev, "searchedLogStreams": []}))
    elif shape == "har":
        ents = []
        for n, (t, rq, rs) in enumerate(pairs):
            ents.append({"startedDateTime": ts(day, n).replace("Z", ".000Z"), "time": 210 + n,
                         "request": {"method": "POST", "url": endpoint(case), "httpVersion": "HTTP/1.1",
                                     "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"}], "queryString": [], "cookies": [],
                                     "headersSize": -1, "bodySize": -1, "postData": {"mimeType": "application/json", "text": json.dumps(rq, ensure_ascii=False)}},
                         "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [], "cookies": [],
                                      "content": {"size": -1, "mimeType": "application/json", "text": json.dumps(rs, ensure_ascii=False)}, "redirectURL": "", "headersSize": -1, "bodySize": -1},
                         "cache": {}, "timings": {"send": 1, "wait": 200 + n, "receive": 2}})
        w(P, j({"log": {"version": "1.2", "creator": {"name": case.get("harCreator", "Charles Proxy"), "version": "4.6.6"}, "pages": [], "entries": ents}}))
    elif shape == "transcript":
        out = []
        for sid, k, u, s, r, op, t in text_turns(case, turns, tag, day):
            out.append(f"[{ts(day, k)}] USER: {u}")
            out.append(f"[{ts(day, k)}] SKILL: {s if s is not None else ''}")
            if r is not None:
                out.append(f"[{ts(day, k)}] REPROMPT: {r}")
            out.append(f"session_open={'true' if op else 'false'}")
        w(P, "\n".join(out) + "\n")
    elif shape == "jest-snapshot":
        out = ["// Jest Snapshot v1, https://goo.gl/fbAQLP", ""]
        for n, (t, rq, rs) in enumerate(pairs):
            nm = f"{case.get('suite', 'conversation')} turn {n + 1}: {t['u'] or '(no input)'} 1"
            body = json.dumps(rs, ensure_ascii=False, indent=2).replace("`", "\\`")
            out.append(f"exports[`{nm}`] = `\n{body}\n`;\n")
        w(P, "\n".join(out))
    elif shape == "bespoken-yaml":
        out = ["---", "configuration:", f"  locale: {case['loc']}", "  voiceId: Joanna" if case["loc"].startswith("en") else "  voiceId: default", "", "---", f"- test: {case.get('suite', 'recorded conversation')}"]
        for sid, k, u, s, r, op, t in text_turns(case, turns, tag, day):
            out.append(f"- {yq(u)}:")
            out.append(f"  - prompt: {yq(plain(s))}")
            if r is not None:
                out.append(f"  - response.reprompt.outputSpeech.ssml: {yq(ssml(r))}")
            out.append(f"  - response.shouldEndSession: {'false' if op else 'true'}")
        w(P, "\n".join(out) + "\n")
    elif shape == "junit-xml":
        out = ['<?xml version="1.0" encoding="UTF-8"?>', f'<testsuites name="voice-regression" tests="{len(pairs)}" failures="0">',
               f'  <testsuite name="{html.escape(case.get("suite", "conversation"))}" tests="{len(pairs)}" failures="0" timestamp="{ts(day, 0)}">']
        for n, (t, rq, rs) in enumerate(pairs):
            out.append(f'    <testcase classname="conversation" name="turn {n + 1}: {html.escape(t["u"] or "(no input)", quote=True)}" time="0.{210 + n}">')
            out.append("      <system-out><![CDATA[")
            out.append("REQUEST " + json.dumps(rq, ensure_ascii=False))
            out.append("RESPONSE " + json.dumps(rs, ensure_ascii=False))
            out.append("]]></system-out>")
            out.append("    </testcase>")
        out += ["  </testsuite>", "</testsuites>"]
        w(P, "\n".join(out) + "\n")
    elif shape == "markdown-qa-log":
        out = [f"# QA pass — {case.get('name', case['inv'].title())} ({case['loc']}) — {day}", "", "Device: " + case.get("device", "Nest Hub (2nd gen)" if not A else "Echo Dot (4th gen)"), "",
               "| # | user said | heard | reprompt | mic open after |", "|---|---|---|---|---|"]
        for sid, k, u, s, r, op, t in text_turns(case, turns, tag, day):
            cell = lambda x: (x or "").replace("|", "\\|").replace("\n", " ")
            out.append(f"| {k + 1} | {cell(u)} | {cell(s)} | {cell(r) if r is not None else '—'} | {'yes' if op else 'no'} |")
        out.append("")
        out.append(case.get("qaNote", "Notes: nothing unusual."))
        w(P, "\n".join(out) + "\n")
    elif shape == "cx-test-case":
        turns_out = []
        for t, rq, rs in pairs:
            turns_out.append({"userInput": {"input": {"text": {"text": t["u"]}} if t["u"] else {"event": {"event": "sys.no-input-default"}}, "isWebhookEnabled": True},
                              "virtualAgentOutput": {"sessionParameters": rs["sessionInfo"]["parameters"],
                                                     "triggeredIntent": {"name": uuid(case["cid"], t["i"]), "displayName": t["i"]},
                                                     "currentPage": {"name": "END_SESSION" if t["end"] else uuid(case["cid"], "page"), "displayName": "End Session" if t["end"] else case.get("page", "Main")},
                                                     "textResponses": [{"text": m["text"]["text"]} for m in rs["fulfillmentResponse"]["messages"] if "text" in m]}})
        w(P, j({"name": uuid(case["cid"], tag, "tc"), "tags": ["#regression"], "displayName": case.get("suite", "happy path"), "notes": "",
                "testConfig": {"trackingParameters": [], "flow": "Default Start Flow"}, "testCaseConversationTurns": turns_out,
                "creationTime": ts(day, 0), "lastTestResult": {"environment": "draft", "testResult": "PASSED", "testTime": ts(day, 1),
                                                               "conversationTurns": turns_out}}))
    elif shape == "actions-simulator-export":
        conv = []
        for t, rq, rs in pairs:
            sp = t["s"]
            conv.append({"userQuery": t["u"], "spokenResponse": sp, "displayedResponse": t["d"] if isinstance(t.get("d"), str) else plain(sp),
                         "micOpenAfterResponse": not t["end"], "webhookRequest": rq, "webhookResponse": rs})
        w(P, j({"exportedFrom": "Actions Console Simulator", "project": case.get("project", case["cid"].split("-", 1)[1]), "locale": case["loc"],
                "surface": case.get("device", "Smart Display"), "exportedAt": ts(day, 0), "conversation": conv}))
    elif shape == "gcloud-logging-json":
        ents = []
        for n, (t, rq, rs) in enumerate(pairs):
            for kind, body in (("request", rq), ("response", rs)):
                ents.append({"insertId": hid(case["cid"], tag, n, kind, n=14), "jsonPayload": {"message": f"Conversation {kind}", kind: body},
                             "resource": {"type": "cloud_function", "labels": {"function_name": "fulfillment", "region": "europe-west1", "project_id": case["cid"].split("-", 1)[1]}},
                             "timestamp": ts(day, n).replace("Z", f".{100 + (kind == 'response') * 250}Z"), "severity": "INFO", "logName": f"projects/{case['cid'].split('-', 1)[1]}/logs/cloudfunctions.googleapis.com%2Fcloud-functions"})
        w(P, j(ents))
    elif shape == "firebase-functions-log":
        out = []
        for n, (t, rq, rs) in enumerate(pairs):
            tt = ts(day, n).replace("Z", ".318Z")
            out.append(f"{tt} D fulfillment: Function execution started")
            out.append(f"{tt} I fulfillment: Request body: {json.dumps(rq, ensure_ascii=False)}")
            out.append(f"{tt} I fulfillment: Response body: {json.dumps(rs, ensure_ascii=False)}")
            out.append(f"{tt} D fulfillment: Function execution took {120 + n} ms, finished with status code: 200")
        w(P, "\n".join(out) + "\n")
    else:
        raise ValueError(shape)


def build_case(case):
    d = os.path.join(ROOT, "cases", case["cid"])
    project(case, d)
    shapes = []
    for rec in case["recs"]:
        shape, path, turns = rec[:3]
        day = rec[3] if len(rec) > 3 else case.get("day", "2025-03-14")
        render(case, d, shape, path, turns, day, path)
        shapes.append(shape)
    return list(dict.fromkeys(shapes))

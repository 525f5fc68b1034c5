"""Google project layouts (Actions Builder, Actions SDK v2, Dialogflow ES) and webhook recording shapes."""
import json, re

GOOGLE_SHAPES = {"gactions-scene", "gactions-conversation", "dialogflow-webhook"}

def _plain(s):
    return re.sub(r"<[^>]+>", "", s or "").strip()

def _ssml(s):
    if s is None:
        return None
    return s if s.startswith("<speak>") else (f"<speak>{s}</speak>" if "<" in s else s)

def yl(s):
    return json.dumps(s, ensure_ascii=False)

def _lang(loc):
    return {"en-AU": "en", "es-MX": "es", "fr-CA": "fr", "ja-JP": "ja", "pt-BR": "pt-br"}[loc]

def _gloc(loc):
    return {"es-MX": "es-419", "ja-JP": "ja"}.get(loc, loc)

def google_project(c, write, jdump, hx, uid):
    p = c["plat"]
    pid = c.get("project", c["id"][7:] + "-" + hx(c["id"], 5))
    if p == "builder":
        base = _lang(c["loc"]).split("-")[0]
        ls = [f"  displayName: {yl(c['name'])}", f"  pronunciation: {yl(c['inv'])}",
              f"  shortDescription: {yl(c['desc'][:80])}", f"  fullDescription: {yl(c['desc'])}",
              f"  developerName: {yl(c.get('dev', 'Ruby Park'))}", f"  developerEmail: {yl(c.get('devmail', 'hello@' + c['id'][7:] + '.dev'))}",
              "  sampleInvocations:"] + [f"  - {yl(x)}" for x in c.get("examples", [])]
        if c.get("privacy"):
            ls.append(f"  privacyPolicyUrl: {yl(c['privacy'])}")
        ls += ["  voice: female_1"]
        write(c["id"], "sdk/settings/settings.yaml",
              f"projectId: {pid}\ndefaultLocale: {base}\ncategory: {c.get('category', 'EDUCATION_AND_REFERENCE')}\n"
              f"usesTransactionsApi: false\nusesDigitalPurchaseApi: false\nusesInteractiveCanvas: false\n"
              f"designedForFamily: {str(c.get('child', False)).lower()}\nlocalizedSettings:\n" + "\n".join(ls) + "\n")
        if _gloc(c["loc"]) != base:
            write(c["id"], f"sdk/settings/{_gloc(c['loc'])}/settings.yaml", "localizedSettings:\n" + "\n".join(ls) + "\n")
        write(c["id"], "sdk/webhooks/ActionsOnGoogleFulfillment.yaml",
              "handlers:\n" + "".join(f"- name: {h}\n" for h in c.get("handlers", ["main"])) + "inlineCloudFunction:\n  executeFunction: ActionsOnGoogleFulfillment\n")
        write(c["id"], "sdk/actions/actions.yaml",
              "actions:\n  actions.intent.MAIN:\n    handler:\n      transitionToScene: Main\n")
        for name, phrases, params in c["intents"]:
            s = ""
            if params:
                s += "parameters:\n" + "".join(f"- name: {k}\n  type:\n    name: {v}\n" for k, v in params.items())
            ex = c.get("param_examples", {})
            def _tp(x):
                return re.sub(r"\$(\w+)", lambda m: "($" + m.group(1) + " '" + ex.get(m.group(1), "something") + "' auto=true)", x)
            s += "trainingPhrases:\n" + "".join("- " + yl(_tp(x)) + "\n" for x in phrases)
            write(c["id"], f"sdk/custom/intents/{name}.yaml", s)
        for tn, vals in c.get("types", {}).items():
            write(c["id"], f"sdk/custom/types/{tn}.yaml", "synonym:\n  entities:\n" + "".join(f"    {v.replace(' ', '_').upper()}:\n      synonyms:\n      - {yl(v)}\n" for v in vals) + "  matchType: EXACT_MATCH\n")
        write(c["id"], "sdk/custom/scenes/Main.yaml", c["scene"].strip("\n") + "\n")
        for n, txt in c.get("scenes", {}).items():
            write(c["id"], f"sdk/custom/scenes/{n}.yaml", txt.strip("\n") + "\n")
        write(c["id"], "sdk/manifest.yaml", "version: '1.0'\n")
    elif p == "sdk2":
        acts = [{"description": "Default welcome intent", "name": "MAIN", "fulfillment": {"conversationName": pid},
                 "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": c.get("examples", [])}}}]
        for name, phrases, params in c["intents"]:
            a = {"description": name, "name": name.upper(), "fulfillment": {"conversationName": pid},
                 "intent": {"name": name, "trigger": {"queryPatterns": phrases}}}
            if params:
                a["intent"]["parameters"] = [{"name": k, "type": v} for k, v in params.items()]
            acts.append(a)
        aj = {"actions": acts, "conversations": {pid: {"name": pid, "url": c.get("url", f"https://us-central1-{pid}.cloudfunctions.net/fulfillment"), "fulfillmentApiVersion": 2}},
              "locale": c["loc"]}
        if c.get("types"):
            aj["types"] = [{"name": tn, "entities": [{"key": v.upper(), "synonyms": [v]} for v in vals]} for tn, vals in c["types"].items()]
        write(c["id"], "action.json", jdump(aj))
        write(c["id"], "package.json", jdump({"name": pid, "version": c.get("version", "1.0.0"), "private": True,
                                             "dependencies": {"actions-on-google": "^2.12.0", "firebase-functions": "^3.24.1"}}))
    elif p == "dialogflow":
        lang = _lang(c["loc"])
        ag = {"description": c["desc"], "language": lang, "shortDescription": "", "examples": "", "linkToDocs": "",
              "disableInteractionLogs": False, "disableStackdriverLogs": True,
              "googleAssistant": {"googleAssistantCompatible": True, "project": pid, "welcomeIntentSignInRequired": False,
                                  "startIntents": [], "systemIntents": [], "endIntentIds": [], "oAuthLinking": {"required": False, "grantType": "AUTH_CODE_GRANT"},
                                  "voiceType": "FEMALE_1", "capabilities": [], "env": "", "protocolVersion": "V2", "autoPreviewEnabled": False, "isDeviceAgent": False},
              "defaultTimezone": c.get("tz", "America/Sao_Paulo"), "webhook": {"url": f"https://{pid}.web.app/fulfillment", "available": True, "useForDomains": False, "cloudFunctionsEnabled": False, "cloudFunctionsInitialized": False},
              "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformResponses": True, "analyzeQueryTextSentiment": False,
              "enabledKnowledgeBaseNames": [], "knowledgeServiceConfidenceAdjustment": 0.0, "dialogBuilderMode": False, "baseActionPackagesUrl": "", "enableSpellCorrection": False}
        write(c["id"], "agent.json", jdump(ag))
        write(c["id"], "package.json", jdump({"version": "1.0.0"}))
        for name, phrases, params in [("Default Welcome Intent", [], {})] + c["intents"]:
            iid = uid(c["id"] + name)
            resp = {"resetContexts": False, "action": name.lower().replace(" ", "."), "affectedContexts": [],
                    "parameters": [{"id": uid(c["id"] + name + k), "name": k, "required": False, "dataType": v, "value": "$" + k, "defaultValue": "", "isList": False, "prompts": [], "promptMessages": [], "noMatchPromptMessages": [], "noInputPromptMessages": [], "outputDialogContexts": []} for k, v in params.items()],
                    "messages": [], "speech": [], "defaultResponsePlatforms": {}}
            write(c["id"], f"intents/{name}.json", jdump({"id": iid, "name": name, "auto": True, "contexts": [], "responses": [resp], "priority": 500000,
                                                          "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": False, "events": [{"name": "WELCOME"}] if name == "Default Welcome Intent" else []}))
            us = []
            for ph in phrases:
                data = []
                for part in re.split(r"(\{[a-z_]+\})", ph):
                    if not part:
                        continue
                    m = re.fullmatch(r"\{([a-z_]+)\}", part)
                    if m:
                        k = m.group(1)
                        data.append({"text": {"@sys.any": "blah", "@sys.phone-number": "11 98765 4321", "@sys.address": "Rua Augusta 500", "@sys.given-name": "Ana"}.get(params[k], "x"), "alias": k, "meta": params[k], "userDefined": True})
                    else:
                        data.append({"text": part, "userDefined": False})
                us.append({"id": uid(c["id"] + ph), "data": data, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
            if us:
                write(c["id"], f"intents/{name}_usersays_{lang}.json", jdump(us))
    if c.get("code"):
        write(c["id"], c.get("codefile", "functions/index.js"), c["code"].strip("\n") + "\n")

def google_recording(c, shape, d, turns, base, tag, write, jdump, hx, uid, tstamp):
    sid = None
    n = 0
    conv = None
    for k, t in enumerate(turns):
        if sid is None:
            n += 1
            sid = (hx(c["id"] + tag + f"s{n}", 40)).upper()
        ts = tstamp(base, k).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
        if shape == "gactions-scene":
            req = {"handler": {"name": t["extra"].get("handler", "main")},
                   "intent": {"name": t["i"], "params": {k2: {"original": v, "resolved": v} for k2, v in t["slots"].items()}, "query": t["u"]},
                   "scene": {"name": t["extra"].get("scene", "Main"), "slotFillingStatus": "UNSPECIFIED", "slots": {}},
                   "session": {"id": sid, "params": {}, "typeOverrides": [], "languageCode": ""},
                   "user": {"locale": _gloc(c["loc"]), "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                            "verificationStatus": "VERIFIED", "packageEntitlements": [], "gaiamint": "", "permissions": t["extra"].get("granted", []), "lastSeenTime": ts},
                   "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"], "timeZone": {"id": c.get("tz", "Australia/Sydney")}}}
            res = {"session": {"id": sid, "params": t["extra"].get("params", {})},
                   "prompt": {"override": False, "firstSimple": {"speech": _ssml(t["say"]), "text": _plain(t["say"])}}}
            if t["end"]:
                res["scene"] = {"name": t["extra"].get("scene", "Main"), "slots": {}, "next": {"name": "actions.scene.END_CONVERSATION"}}
            elif t["extra"].get("next"):
                res["scene"] = {"name": t["extra"].get("scene", "Main"), "slots": {}, "next": {"name": t["extra"]["next"]}}
            if t["extra"].get("suggestions"):
                res["prompt"]["suggestions"] = [{"title": s} for s in t["extra"]["suggestions"]]
        elif shape == "gactions-conversation":
            if conv is None:
                conv = {"conversationId": sid, "type": "NEW"}
            else:
                conv = {"conversationId": sid, "type": "ACTIVE", "conversationToken": "[]"}
            intent = "actions.intent.MAIN" if t["i"] == "MAIN" else t["i"]
            inp = {"intent": intent, "rawInputs": [{"inputType": "VOICE", "query": t["u"]}],
                   "arguments": [{"name": "text", "rawText": t["u"], "textValue": t["u"]}] + [{"name": k2, "rawText": v, "textValue": v} for k2, v in t["slots"].items()]}
            req = {"user": {"locale": c["loc"], "lastSeen": ts, "userVerificationStatus": "VERIFIED"}, "conversation": conv, "inputs": [inp],
                   "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
                   "isInSandbox": True, "availableSurfaces": [], "requestType": "SIMULATOR"}
            items = [{"simpleResponse": {"textToSpeech": _ssml(t["say"]), "displayText": _plain(t["say"])}}]
            if t["end"]:
                res = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": items}}}
            else:
                ei = {"inputPrompt": {"richInitialPrompt": {"items": items}, "noInputPrompts": [{"textToSpeech": _ssml(r)} for r in (t["extra"].get("noinput") or ([t["rep"]] if t["rep"] is not None else []))]},
                      "possibleIntents": [t["extra"].get("possible", {"intent": "actions.intent.TEXT"})]}
                res = {"expectUserResponse": True, "expectedInputs": [ei], "conversationToken": "[]"}
        else:  # dialogflow-webhook
            lang = _lang(c["loc"])
            req = {"responseId": uid(c["id"] + tag + f"resp{k}") + "-" + hx(c["id"] + str(k), 8),
                   "queryResult": {"queryText": t["u"], "parameters": dict(t["slots"]), "allRequiredParamsPresent": True,
                                   "fulfillmentMessages": [{"text": {"text": [""]}}], "outputContexts": [],
                                   "intent": {"name": f"projects/{c['id'][7:]}/agent/intents/{uid(c['id'] + t['i'])}", "displayName": t["i"]},
                                   "intentDetectionConfidence": 1, "languageCode": lang},
                   "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
                       "user": {"locale": c["loc"], "userVerificationStatus": "VERIFIED"},
                       "conversation": {"conversationId": sid, "type": "NEW" if conv is None else "ACTIVE"},
                       "inputs": [{"intent": "actions.intent.MAIN" if conv is None else "actions.intent.TEXT", "rawInputs": [{"inputType": "VOICE", "query": t["u"]}]}],
                       "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}, "isInSandbox": True}},
                   "session": f"projects/{c['id'][7:]}/agent/sessions/{sid}"}
            conv = True
            g = {"expectUserResponse": not t["end"], "richResponse": {"items": [{"simpleResponse": {"textToSpeech": _ssml(t["say"])}}]}}
            if t["rep"] is not None and not t["end"]:
                g["noInputPrompts"] = [{"textToSpeech": _ssml(t["rep"])}]
            if t["extra"].get("systemIntent"):
                g["systemIntent"] = t["extra"]["systemIntent"]
            res = {"fulfillmentText": _plain(t["say"]), "payload": {"google": g}}
        write(c["id"], f"{d}/{k + 1:02d}-request.json", jdump(req))
        write(c["id"], f"{d}/{k + 1:02d}-response.json", jdump(res))
        if t["end"]:
            sid, conv = None, None

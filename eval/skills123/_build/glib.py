"""Google project + recording renderers (Actions Builder, Actions SDK v2, Dialogflow ES)."""
import json
from lib import write, uid, _h, ssml, plain

DFLANG = {"en-US": "en", "en-GB": "en", "pt-BR": "pt-br", "it-IT": "it", "es-MX": "es", "de-DE": "de"}


def yq(s):
    return '"' + str(s).replace("\\", "\\\\").replace('"', '\\"') + '"'


# ---------------------------------------------------------------- projects

def builder_project(c):
    cid = c["id"]
    s = ["defaultLocale: " + {"en-US": "en", "en-GB": "en", "it-IT": "it", "es-MX": "es-419", "pt-BR": "pt-BR", "de-DE": "de"}[c["locale"]],
         "localizedSettings:",
         f"  displayName: {yq(c['name'])}",
         f"  pronunciation: {yq(c['inv'])}",
         f"  shortDescription: {yq(c['desc'][:80])}",
         f"  fullDescription: {yq(c['desc'])}",
         "  developerName: " + yq(c.get("dev", "Moonrise Labs")),
         "  developerEmail: " + yq(c.get("devmail", "dev@moonrise-labs.example")),
         "  smallLogoImage: $resources.images.square"]
    if c.get("policy"):
        s.append(f"  privacyPolicyUrl: {yq(c['policy'])}")
    s += ["  voice: female_1", f"projectId: {cid[7:]}-{_h(cid)[:4]}", "category: " + c.get("gcategory", "GAMES_AND_TRIVIA"),
          "usesTransactionsApi: false", "usesDigitalPurchaseApi: false", "usesInteractiveCanvas: false", "usesHomeStorage: false",
          "designedForFamily: " + ("true" if c.get("child") else "false"), "containsAlcoholOrTobaccoContent: false",
          "keepsMicOpen: " + ("true" if c.get("keepsMicOpen") else "false"), "surfaceRequirements: {}"]
    write(cid, "sdk/settings/settings.yaml", "\n".join(s) + "\n")
    write(cid, "sdk/manifest.yaml", "version: \"1.0\"\n")
    write(cid, "sdk/actions/actions.yaml", "custom:\n  actions.intent.MAIN: {}\n")
    write(cid, "sdk/webhooks/ActionsOnGoogleFulfillment.yaml",
          "handlers:\n" + "".join(f"- name: {h}\n" for h in c.get("handlers", ["greeting"])) +
          "httpsEndpoint:\n  baseUrl: https://us-central1-" + cid[7:] + ".cloudfunctions.net/ActionsOnGoogleFulfillment\n")
    write(cid, "sdk/custom/global/actions.intent.MAIN.yaml", "handler:\n  webhookHandler: greeting\ntransitionToScene: " + c.get("mainScene", "Main") + "\n")
    for name, params, phrases in c["intents"]:
        y = []
        if params:
            y.append("parameters:")
            for p, t in params:
                y += [f"- name: {p}", "  type:", f"    name: {t}"]
        y.append("trainingPhrases:")
        y += [f"- {yq(ph)}" for ph in phrases]
        write(cid, f"sdk/custom/intents/{name}.yaml", "\n".join(y) + "\n")
    for tname, vals in c.get("types", {}).items():
        y = ["synonym:", "  entities:"]
        for v in vals:
            y += [f"    {v}:", "      synonyms:", f"      - {yq(v)}"]
        y += ["  matchType: EXACT_MATCH"]
        write(cid, f"sdk/custom/types/{tname}.yaml", "\n".join(y) + "\n")
    scenes = dict(c.get("scenes", {}))
    if "Main" not in scenes:
        ev = "".join(f"- handler:\n    webhookHandler: {n.lower()}\n  intent: {n}\n" for n, _, _ in c["intents"])
        scenes["Main"] = "intentEvents:\n" + ev + "- intent: actions.intent.CANCEL\n  transitionToScene: actions.scene.END_CONVERSATION\n"
    for sname, sc in scenes.items():
        write(cid, f"sdk/custom/scenes/{sname}.yaml", sc)
    if c.get("code"):
        write(cid, c["code"][0], c["code"][1])


def sdkv2_project(c):
    cid = c["id"]
    acts = [{"description": "Default Welcome Intent", "name": "MAIN", "fulfillment": {"conversationName": cid[7:]},
             "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": [f"talk to {c['inv']}"]}}}]
    for name, params, phrases in c["intents"]:
        a = {"description": name, "name": name, "fulfillment": {"conversationName": cid[7:]},
             "intent": {"name": name, "trigger": {"queryPatterns": phrases}}}
        if params:
            a["intent"]["parameters"] = [{"name": p, "type": {"name": t}} for p, t in params]
        acts.append(a)
    d = {"actions": acts, "conversations": {cid[7:]: {"name": cid[7:], "url": f"https://{cid[7:]}.herokuapp.example/fulfillment", "fulfillmentApiVersion": 2}},
         "locale": c["locale"].split("-")[0] if c["locale"].startswith("en") else c["locale"]}
    if c.get("types"):
        d["types"] = [{"name": "$" + n, "entities": [{"key": v, "synonyms": [v]} for v in vals]} for n, vals in c["types"].items()]
    write(cid, "action.json", d)
    if c.get("code"):
        write(cid, c["code"][0], c["code"][1])


def dialogflow_project(c):
    cid, lang = c["id"], DFLANG[c["locale"]]
    agent = {"description": c["desc"], "language": lang, "shortDescription": "", "examples": "", "linkToDocs": "",
             "displayName": c["name"], "disableInteractionLogs": False, "disableStackdriverLogs": True,
             "googleAssistant": {"googleAssistantCompatible": True, "project": f"{cid[7:]}-{_h(cid)[:5]}",
                                 "welcomeIntentSignInRequired": False, "startIntents": [], "systemIntents": [],
                                 "endIntentIds": [], "oAuthLinking": {"required": False, "providerId": "", "authorizationUrl": "", "tokenUrl": "", "scopes": "", "privacyPolicyUrl": c.get("policy", ""), "grantType": "AUTH_CODE_GRANT"},
                                 "voiceType": "FEMALE_1", "capabilities": [], "env": "", "protocolVersion": "V2", "autoPreviewEnabled": False, "isDeviceAgent": False},
             "defaultTimezone": c.get("tz", "America/New_York"), "webhook": {"url": f"https://europe-west1-{cid[7:]}.cloudfunctions.net/dialogflowFirebaseFulfillment", "username": "", "headers": {}, "available": True, "useForDomains": False, "cloudFunctionsEnabled": False, "cloudFunctionsInitialized": False},
             "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformApi": True, "onePlatformApiVersion": "v2", "apiVersion": "v2", "enableMultiLanguage": False, "enabled": True}
    write(cid, "agent.json", agent)
    write(cid, "package.json", {"version": "1.0.0"})
    all_intents = [("Default Welcome Intent", [], ["hi", "hello"])] + list(c["intents"])
    for name, params, phrases in all_intents:
        iid = uid(cid, name)
        write(cid, f"intents/{name}.json", {"id": iid, "name": name, "auto": True, "contexts": [], "responses": [{
            "resetContexts": False, "action": "", "affectedContexts": [],
            "parameters": [{"id": uid(cid, name, p), "name": p, "required": False, "dataType": t, "value": "$" + p, "defaultValue": "", "isList": False, "prompts": [], "promptMessages": [], "noMatchPromptMessages": [], "noInputPromptMessages": [], "outputDialogContexts": []} for p, t in params],
            "messages": [], "speech": []}], "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": False, "events": [{"name": "WELCOME"}] if name == "Default Welcome Intent" else [], "conditionalResponses": [], "condition": "", "conditionalFollowupEvents": []})
        says = []
        for ph in phrases:
            data = []
            # phrase segments: "text @type:alias text"
            for tok in _segments(ph):
                if isinstance(tok, tuple):
                    data.append({"text": tok[2], "alias": tok[1], "meta": tok[0], "userDefined": True})
                else:
                    data.append({"text": tok, "userDefined": False})
            says.append({"id": uid(cid, name, ph), "data": data, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
        write(cid, f"intents/{name}_usersays_{lang}.json", says)
    for tname, vals in c.get("types", {}).items():
        write(cid, f"entities/{tname}.json", {"id": uid(cid, tname), "name": tname, "isOverridable": True, "isEnum": False, "isRegexp": False, "automatedExpansion": False, "allowFuzzyExtraction": False})
        write(cid, f"entities/{tname}_entries_{lang}.json", [{"value": v, "synonyms": [v]} for v in vals])


def _segments(ph):
    """'tell me about [@sys.any:q|my ex] please' -> ['tell me about ', ('@sys.any','q','my ex'), ' please']"""
    out, i = [], 0
    while i < len(ph):
        j = ph.find("[", i)
        if j < 0:
            out.append(ph[i:]); break
        if j > i:
            out.append(ph[i:j])
        k = ph.find("]", j)
        meta, rest = ph[j + 1:k].split(":", 1)
        alias, text = rest.split("|", 1)
        out.append((meta, alias, text))
        i = k + 1
    return [o for o in out if o != ""]


# ---------------------------------------------------------------- recordings

def _sessions(c, turns, seed):
    out, sess, new = [], 0, True
    for i, t in enumerate(turns):
        if i and turns[i - 1].end:
            sess, new = sess + 1, True
        out.append(dict(t=t, i=i, sid=uid(c["id"], seed, "gs", sess), new=new, ts=f"2026-03-0{2+sess%7}T2{sess%4}:1{i%10}:0{i%10}Z"))
        new = False
    return out


def rec_scene(c, turns, path, seed="a"):
    pairs = []
    for it in _sessions(c, turns, seed):
        t = it["t"]
        scene = t.slots.get("_scene", "Main")
        params = {k: {"original": v, "resolved": v} for k, v in t.slots.items() if not k.startswith("_")}
        req = {"handler": {"name": t.slots.get("_handler", "greeting" if t.intent == "actions.intent.MAIN" else t.intent.lower())},
               "intent": {"name": t.intent, "params": params, "query": t.utt},
               "scene": {"name": "actions.scene.START_CONVERSATION" if t.intent == "actions.intent.MAIN" else scene, "slotFillingStatus": "UNSPECIFIED", "slots": {}},
               "session": {"id": it["sid"], "params": {}, "typeOverrides": [], "languageCode": ""},
               "user": {"locale": c["locale"], "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                        "verificationStatus": "VERIFIED", "packageEntitlements": [], "gaiaMintedOpaqueId": "opq-" + _h(c["id"])[:20], "permissions": [], "lastSeenTime": "2026-03-01T10:00:00Z"},
               "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"], "timeZone": {"id": c.get("tz", "America/New_York"), "version": ""}}}
        resp = {"session": {"id": it["sid"], "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": t.speech or "", "text": plain(t.speech)}}}
        if t.slots.get("_permission"):
            resp["scene"] = {"name": scene, "slots": {}, "next": {"name": "RequestPermission"}}
        if t.end:
            resp["scene"] = {"name": scene, "slots": {}, "next": {"name": "actions.scene.END_CONVERSATION"}}
        elif "_next" in t.slots:
            resp["scene"] = {"name": scene, "slots": {}, "next": {"name": t.slots["_next"]}}
        pairs.append({"request": req, "response": resp})
    write(c["id"], path, pairs)


def rec_conversation(c, turns, path, seed="a"):
    pairs = []
    for it in _sessions(c, turns, seed):
        t = it["t"]
        args = [{"name": k, "rawText": v, "textValue": v} for k, v in t.slots.items() if not k.startswith("_")]
        req = {"user": {"userId": "ABwppHG" + _h(c["id"], "u")[:24], "locale": c["locale"], "lastSeen": "2026-03-01T10:00:00Z", "userStorage": "{}"},
               "conversation": {"conversationId": it["sid"][:18], "type": "NEW" if it["new"] else "ACTIVE", **({} if it["new"] else {"conversationToken": "[]"})},
               "inputs": [{"intent": t.intent, "rawInputs": [{"inputType": "VOICE", "query": t.utt}], **({"arguments": args} if args else {})}],
               "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
               "isInSandbox": True, "availableSurfaces": [], "requestType": "SIMULATOR"}
        items = [{"simpleResponse": {"textToSpeech": ssml(t.speech) if "<" in (t.speech or "") else (t.speech or "")}}]
        if t.end:
            resp = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": items}}}
        else:
            ei = {"inputPrompt": {"richInitialPrompt": {"items": items}}, "possibleIntents": [{"intent": "actions.intent.TEXT"}]}
            if t.reprompt is not None:
                ei["inputPrompt"]["noInputPrompts"] = [{"textToSpeech": t.reprompt}, {"textToSpeech": t.reprompt}]
            if t.slots.get("_permission"):
                ei["possibleIntents"] = [{"intent": "actions.intent.PERMISSION", "inputValueData": {
                    "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                    "optContext": t.slots.get("_optContext", ""), "permissions": t.slots["_permission"]}}]
            resp = {"expectUserResponse": True, "expectedInputs": [ei], "conversationToken": "[]"}
        pairs.append({"request": req, "response": resp})
    write(c["id"], path, pairs)


def rec_dialogflow(c, turns, path, seed="a", jsonl=False):
    lang = DFLANG[c["locale"]]
    proj = f"{c['id'][7:]}-{_h(c['id'])[:5]}"
    pairs = []
    for it in _sessions(c, turns, seed):
        t = it["t"]
        params = {k: v for k, v in t.slots.items() if not k.startswith("_")}
        req = {"responseId": uid(c["id"], seed, "resp", it["i"]) + "-" + _h(it["i"])[:8],
               "queryResult": {"queryText": t.utt, "parameters": params, "allRequiredParamsPresent": True,
                               "fulfillmentMessages": [{"text": {"text": [""]}}],
                               "intent": {"name": f"projects/{proj}/agent/intents/{uid(c['id'], t.intent)}", "displayName": t.intent},
                               "intentDetectionConfidence": 1, "languageCode": lang},
               "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
                   "user": {"locale": c["locale"], "userVerificationStatus": "VERIFIED"},
                   "conversation": {"conversationId": it["sid"][:20], "type": "NEW" if it["new"] else "ACTIVE"},
                   "inputs": [{"intent": "actions.intent.MAIN" if it["new"] else "actions.intent.TEXT", "rawInputs": [{"inputType": "VOICE", "query": t.utt}]}],
                   "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}, "isInSandbox": True}},
               "session": f"projects/{proj}/agent/sessions/{it['sid']}"}
        g = {"expectUserResponse": not t.end, "richResponse": {"items": [{"simpleResponse": {"textToSpeech": t.speech or ""}}]}}
        if t.reprompt is not None:
            g["noInputPrompts"] = [{"textToSpeech": t.reprompt}]
        if t.slots.get("_permission"):
            g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {
                "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": t.slots.get("_optContext", ""), "permissions": t.slots["_permission"]}}
        resp = {"fulfillmentText": plain(t.speech), "payload": {"google": g}}
        pairs.append({"request": req, "response": resp})
    if jsonl:
        write(c["id"], path, "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in pairs))
    else:
        write(c["id"], path, pairs)


def rec_gtranscript(c, turns, path, seed="a"):
    lines = []
    for it in _sessions(c, turns, seed):
        t = it["t"]
        lines.append(f"[{it['ts']}] USER: {t.utt}")
        lines.append(f"[{it['ts']}] ASSISTANT ACTION: {plain(t.speech)}")
        if t.reprompt is not None:
            lines.append(f"[{it['ts']}] ASSISTANT ACTION (no-input): {plain(t.reprompt)}")
        lines.append(f"[{it['ts']}] session_open={'false' if t.end else 'true'}")
    write(c["id"], path, "\n".join(lines) + "\n")


def rec_actions_test_log(c, turns, path, seed="a"):
    """output of @assistant/conversation-testing (Actions Builder) run with DEBUG logging"""
    out = [f"  {c['name']} conversation tests", ""]
    for it in _sessions(c, turns, seed):
        t = it["t"]
        out.append(f"    [ActionsOnGoogleTestManager] sendQuery(\"{t.utt}\")")
        resp = {"output": {"text": plain(t.speech), "speech": [t.speech or ""], "actionsBuilderEvent": {}},
                "diagnostics": {"actionsBuilderEvents": [{"executionState": {"currentSceneId": t.slots.get("_scene", "Main")},
                                                          **({"endConversation": {}} if t.end else {"waitingUserInput": {}})}]}}
        out.append("    [ActionsOnGoogleTestManager] response: " + json.dumps(resp, ensure_ascii=False))
        out.append(f"      ✓ turn {it['i']+1} ({120+it['i']*11}ms)")
    out += ["", f"  {len(turns)} passing (2s)", ""]
    write(c["id"], path, "\n".join(out))

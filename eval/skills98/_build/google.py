"""Google Actions projects and recordings for set 98."""
import json, os, shutil
from lib import CASES, LABELS, write, uid, hexid

LANG = {"en-US": "en", "en-GB": "en", "de-DE": "de", "fr-FR": "fr", "ja-JP": "ja", "es-ES": "es"}


def G(intent, said, speech, rep=None, end=True, params=None, scene=None):
    return dict(intent=intent, said=said, speech=speech, rep=rep, end=end, params=params or {}, scene=scene)


def y(s):
    return json.dumps(s, ensure_ascii=False)


# ---------------------------------------------------------------- recordings
def rec_scene(cid, locale, sessions, base, day="2025-06-02"):
    out = []
    for si, sess in enumerate(sessions):
        sid = f"ABwppHF{hexid(cid, 'gs', si, n=30)}"
        for ti, t in enumerate(sess):
            scene = t["scene"] or ("Main" if ti else "actions.scene.START_CONVERSATION")
            req = {"handler": {"name": t["intent"].lower() + "_handler" if ti else "greeting"},
                   "intent": {"name": t["intent"] if ti else "actions.intent.MAIN", "params": {k: {"original": v, "resolved": v} for k, v in t["params"].items()}, "query": t["said"]},
                   "scene": {"name": scene, "slotFillingStatus": "UNSPECIFIED", "slots": {}},
                   "session": {"id": sid, "params": {}, "typeOverrides": [], "languageCode": locale},
                   "user": {"locale": locale, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED", "verificationStatus": "VERIFIED",
                            "packageEntitlements": [], "gaiamint": "", "permissions": [], "lastSeenTime": f"{day}T09:0{ti}:00Z"},
                   "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"], "timeZone": {"id": "Europe/Berlin", "version": ""}}}
            resp = {"session": {"id": sid, "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": t["speech"], "text": t["speech"].replace("<speak>", "").replace("</speak>", "")}}}
            if t["end"]:
                resp["scene"] = {"name": scene, "slots": {}, "next": {"name": "actions.scene.END_CONVERSATION"}}
            elif t["rep"] is not None:
                resp["scene"] = {"name": scene, "slots": {}, "next": {"name": "Main"}}
                resp["session"]["params"]["noInputReprompt"] = t["rep"]
            out.append({"timestamp": f"{day}T09:{si:02d}:{ti * 7:02d}Z", "webhookRequest": req, "webhookResponse": resp})
    write(cid, base, out)


def rec_sdk2(cid, locale, sessions, base, day="2025-06-02"):
    L = []
    for si, sess in enumerate(sessions):
        conv = hexid(cid, "c2", si, n=20)
        for ti, t in enumerate(sess):
            inp = {"intent": "actions.intent.MAIN" if ti == 0 else t["intent"], "rawInputs": [{"inputType": "VOICE", "query": t["said"]}]}
            if ti:
                inp["arguments"] = [{"name": "text", "rawText": t["said"], "textValue": t["said"]}]
            req = {"user": {"userId": hexid(cid, "u", n=24), "locale": locale, "lastSeen": f"{day}T08:00:00Z", "userVerificationStatus": "VERIFIED"},
                   "conversation": {"conversationId": conv, "type": "NEW" if ti == 0 else "ACTIVE", **({"conversationToken": "[]"} if ti else {})},
                   "inputs": [inp], "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
                   "isInSandbox": True, "availableSurfaces": []}
            if t["end"]:
                resp = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": [{"simpleResponse": {"textToSpeech": t["speech"]}}]}}}
            else:
                ei = {"inputPrompt": {"richInitialPrompt": {"items": [{"simpleResponse": {"textToSpeech": t["speech"]}}]}},
                      "possibleIntents": [t.get("possible") or {"intent": "actions.intent.TEXT"}]}
                if t["rep"] is not None:
                    ei["inputPrompt"]["noInputPrompts"] = [{"textToSpeech": t["rep"]}]
                resp = {"expectUserResponse": True, "expectedInputs": [ei], "conversationToken": "[]"}
            L.append(json.dumps({"request": req, "response": resp}, ensure_ascii=False))
    write(cid, base, "\n".join(L) + "\n")


def rec_df(cid, locale, sessions, base, day="2025-06-02", proj="pets-agent"):
    out = []
    for si, sess in enumerate(sessions):
        sess_id = f"projects/{proj}/agent/sessions/ABwppHE{hexid(cid, 'df', day, si, n=24)}"
        for ti, t in enumerate(sess):
            req = {"responseId": uid(cid, "rid", day, si, ti) + "-" + hexid(cid, ti, n=8).lower(),
                   "queryResult": {"queryText": t["said"] if ti else "GOOGLE_ASSISTANT_WELCOME", "parameters": t["params"], "allRequiredParamsPresent": True,
                                   "intent": {"name": f"projects/{proj}/agent/intents/{uid(cid, t['intent'])}", "displayName": t["intent"]},
                                   "intentDetectionConfidence": 1, "languageCode": LANG[locale]},
                   "originalDetectIntentRequest": {"source": "google", "version": "2",
                                                   "payload": {"user": {"locale": locale, "lastSeen": f"{day}T07:55:00Z", "userVerificationStatus": "VERIFIED"},
                                                               "conversation": {"conversationId": sess_id.rsplit("/", 1)[1], "type": "NEW" if ti == 0 else "ACTIVE"},
                                                               "inputs": [{"intent": "actions.intent.MAIN" if ti == 0 else "actions.intent.TEXT", "rawInputs": [{"inputType": "VOICE", "query": t["said"]}]}],
                                                               "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}, "isInSandbox": True}},
                   "session": sess_id}
            g = {"expectUserResponse": not t["end"], "richResponse": {"items": [{"simpleResponse": {"textToSpeech": t["speech"]}}]}}
            if t["rep"] is not None and not t["end"]:
                g["noInputPrompts"] = [{"textToSpeech": t["rep"]}]
            out.append({"request": req, "response": {"fulfillmentText": t["speech"], "payload": {"google": g}}})
    write(cid, base, out)


# ---------------------------------------------------------------- projects
def builder(cid, locale, cats, why, display, inv, intents, types, scenes, sessions, privacy=True, drift=None, extra_shape=None):
    """intents: {name: (phrases, {param: type})}; types: {name: list or 'free'}; scenes: {name: yaml text}."""
    shutil.rmtree(os.path.join(CASES, cid), ignore_errors=True)
    lang = LANG[locale]
    s = [f"defaultLocale: {lang}", f"projectId: {cid[6:]}-a1b2c", "category: PETS_AND_ANIMALS" if False else "category: HOME_AND_GARDEN",
         "localizedSettings:", f"  displayName: {y(display)}", f"  pronunciation: {y(inv)}",
         f"  fullDescription: {y(display + ' for pet owners.')}", f"  shortDescription: {y(display)}",
         "  developerName: Pawfield Labs", "  developerEmail: dev@pawfield.example"]
    if privacy:
        s.append(f"  privacyPolicyUrl: https://pawfield.example/{cid[6:]}/privacy")
    s.append("  smallLogoImage: $resources.images.square")
    write(cid, "sdk/settings/settings.yaml", "\n".join(s) + "\n")
    write(cid, "sdk/actions/actions.yaml", "actions:\n  actions.intent.MAIN:\n    handler:\n      webhookHandler: greeting\n    intent:\n      name: actions.intent.MAIN\n")
    write(cid, "sdk/webhooks/ActionsOnGoogleFulfillment.yaml", f"httpsEndpoint:\n  baseUrl: https://europe-west1-{cid[6:]}.cloudfunctions.net/ActionsOnGoogleFulfillment\n")
    for name, (phr, params) in intents.items():
        txt = ""
        if params:
            txt += "parameters:\n" + "".join(f"- name: {p}\n  type:\n    name: {ty}\n" for p, ty in params.items())
        def ann(p):
            import re
            return re.sub(r"\$(\w+)", lambda m: f"(${m.group(1)} 'sample' auto=false)", p)
        txt += "trainingPhrases:\n" + "".join(f"- {y(ann(p))}\n" for p in phr)
        write(cid, f"sdk/custom/intents/{name}.yaml", txt)
    for name, vals in types.items():
        if vals == "free":
            write(cid, f"sdk/custom/types/{name}.yaml", "freeText: {}\n")
        else:
            write(cid, f"sdk/custom/types/{name}.yaml", "synonym:\n  entities:\n" + "".join(f"    {v}:\n      synonyms:\n      - {y(v)}\n" for v in vals) + "  matchType: EXACT_MATCH\n")
    for name, txt in scenes.items():
        write(cid, f"sdk/custom/scenes/{name}.yaml", txt)
    if drift:
        (d1, s1), (d2, s2) = drift
        rec_scene(cid, locale, s1, f"webhook-logs/{d1}.json", day=d1)
        rec_scene(cid, locale, s2, f"webhook-logs/{d2}.json", day=d2)
    else:
        rec_scene(cid, locale, sessions, "test/webhook-captures.json")
    LABELS[cid] = {"categories": sorted(cats), "locale": locale, "shapes": ["gactions-scene"], "why": why}


def sdk2(cid, locale, cats, why, display, inv, actions, sessions, manifest=True):
    """actions: list of (name, intent, queryPatterns)."""
    shutil.rmtree(os.path.join(CASES, cid), ignore_errors=True)
    acts = [{"description": n, "name": n, "fulfillment": {"conversationName": cid[6:]}, "intent": {"name": i, "trigger": {"queryPatterns": q}}} for n, i, q in actions]
    doc = {"actions": acts, "conversations": {cid[6:]: {"name": cid[6:], "url": f"https://{cid[6:]}.pawfield.example/fulfillment", "fulfillmentApiVersion": 2}}, "locale": LANG[locale]}
    if manifest:
        doc["manifest"] = {"displayName": display, "invocationName": inv, "shortDescription": display, "category": "HOME_AND_GARDEN"}
    write(cid, "action.json", doc)
    write(cid, "package.json", json.dumps({"name": cid[6:], "version": "1.2.0", "dependencies": {"actions-on-google": "^2.12.0"}}, indent=2) + "\n")
    rec_sdk2(cid, locale, sessions, "logs/conversation-webhook.jsonl")
    LABELS[cid] = {"categories": sorted(cats), "locale": locale, "shapes": ["gactions-conversation"], "why": why}


def dialogflow(cid, locale, cats, why, display, intents, sessions=None, drift=None):
    """intents: {name: (list of phrases where a (text, alias, meta) tuple is a parameter part, responses, endInteraction)}."""
    shutil.rmtree(os.path.join(CASES, cid), ignore_errors=True)
    lang = LANG[locale]
    write(cid, "agent.json", {"description": display, "language": lang, "shortDescription": "", "examples": "", "linkToDocs": "",
                              "displayName": display, "disableInteractionLogs": False, "disableStackdriverLogs": True,
                              "googleAssistant": {"googleAssistantCompatible": True, "project": cid[6:], "welcomeIntentSignInRequired": False,
                                                  "startIntents": [], "systemIntents": [], "endIntentIds": [], "oAuthLinking": {"required": False},
                                                  "voiceType": "MALE_1", "capabilities": [], "env": "", "protocolVersion": "V2", "autoPreviewEnabled": False, "isDeviceAgent": False},
                              "defaultTimezone": "Europe/Paris", "webhook": {"url": f"https://{cid[6:]}.pawfield.example/df", "username": "", "headers": {}, "available": True,
                                                                             "useForDomains": False, "cloudFunctionsEnabled": False, "cloudFunctionsInitialized": False},
                              "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformApi": True, "onePlatformApiVersion": "v2", "apiVersion": "v2"})
    write(cid, "package.json", json.dumps({"version": "1.0.0"}, indent=2) + "\n")
    for name, (phrases, responses, end) in intents.items():
        params = {}
        says = []
        for ph in phrases:
            parts = ph if isinstance(ph, list) else [ph]
            data = []
            for p in parts:
                if isinstance(p, tuple):
                    data.append({"text": p[0], "alias": p[1], "meta": p[2], "userDefined": True})
                    params[p[1]] = p[2]
                else:
                    data.append({"text": p, "userDefined": False})
            says.append({"id": uid(cid, name, str(ph)), "data": data, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
        write(cid, f"intents/{name}.json", {"id": uid(cid, name), "name": name, "auto": True, "contexts": [],
                                            "responses": [{"resetContexts": False, "action": "", "affectedContexts": [],
                                                           "parameters": [{"id": uid(cid, name, k), "name": k, "required": False, "dataType": v, "value": "$" + k, "isList": False} for k, v in params.items()],
                                                           "messages": [{"type": "0", "title": "", "textToSpeech": "", "lang": lang, "speech": responses, "condition": ""}],
                                                           "speech": [], "endInteraction": end}],
                                            "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": name.startswith("Default Fallback"), "events": [{"name": "WELCOME"}] if "Welcome" in name else []})
        if says:
            write(cid, f"intents/{name}_usersays_{lang}.json", says)
    if drift:
        (d1, s1), (d2, s2) = drift
        rec_df(cid, locale, s1, f"fulfillment-logs/{d1}/webhook.json", day=d1)
        rec_df(cid, locale, s2, f"fulfillment-logs/{d2}/webhook.json", day=d2)
    else:
        rec_df(cid, locale, sessions, "fulfillment-logs/webhook-2025-06.json")
    LABELS[cid] = {"categories": sorted(cats), "locale": locale, "shapes": ["dialogflow-webhook"], "why": why}

"""Google Actions projects (Actions Builder, Actions SDK v2, Dialogflow export) and their webhook recordings."""
import json, os
from lib import OUT, wr, wj, guid, hid


def yq(s):
    return json.dumps(s, ensure_ascii=False)


def builder_project(d, g):
    lang = g["loc"].split("-")[0]
    ls = [f"  displayName: {yq(g['name'])}", f"  pronunciation: {yq(g['inv'])}",
          f"  fullDescription: {yq(g['desc'])}", f"  shortDescription: {yq(g['desc'][:80])}",
          f"  developerName: {yq(g.get('dev', 'Independent developer'))}", "  developerEmail: dev@example.org"]
    if g.get("policy"):
        ls.append(f"  privacyPolicyUrl: {g['policy']}")
    ls.append("  termsOfServiceUrl: \"\"" if not g.get("policy") else f"  termsOfServiceUrl: {g['policy'].rsplit('/',1)[0]}/terms")
    ls.append(f"  sampleInvocations:\n" + "\n".join(f"  - {yq(x)}" for x in g.get("examples", [f"Talk to {g['inv']}"])))
    settings = f"defaultLocale: {lang}\nprojectId: {g['id'].split('-',1)[1]}-{hid(g['id'],n=5)}\nlocalizedSettings:\n" + "\n".join(ls) + \
        f"\ncategory: {g.get('category','SOCIAL_AND_COMMUNICATION')}\nusesTransactionsApi: false\nusesDigitalPurchaseApi: false\nusesInteractiveCanvas: false\ndesignedForFamily: {str(g.get('child', False)).lower()}\ncontainsAlcoholOrTobaccoContent: false\nkeepsMicOpen: {str(g.get('mic', False)).lower()}\n"
    wr(os.path.join(d, "sdk", "settings", "settings.yaml"), settings)
    wr(os.path.join(d, "sdk", "actions", "actions.yaml"), "actions:\n  actions.intent.MAIN:\n    handler:\n      webhookHandler: main\n    transitionToScene: " + g.get("start_scene", "Start") + "\n")
    wr(os.path.join(d, "sdk", "webhooks", "ActionsOnGoogleFulfillment.yaml"), "handlers:\n" + "".join(f"- name: {h}\n" for h in g.get("handlers", ["main"])) + "inlineCloudFunction:\n  executeFunction: ActionsOnGoogleFulfillment\n")
    for name, phrases, *rest in g["intents"]:
        params = rest[0] if rest else {}
        y = ""
        if params:
            y += "parameters:\n" + "".join(f"- name: {k}\n  type:\n    {('name: ' + v) if not v.startswith('actions.type') else 'name: ' + v}\n" for k, v in params.items())
        y += "trainingPhrases:\n" + "".join(f"- {yq(p)}\n" for p in phrases)
        wr(os.path.join(d, "sdk", "custom", "intents", f"{name}.yaml"), y)
    for name, vals in g.get("types", {}).items():
        if vals == "FREE_TEXT":
            wr(os.path.join(d, "sdk", "custom", "types", f"{name}.yaml"), "freeText: {}\n")
        else:
            wr(os.path.join(d, "sdk", "custom", "types", f"{name}.yaml"), "synonym:\n  entities:\n" + "".join(f"    {v}:\n      synonyms:\n      - {yq(v)}\n" for v in vals) + "  matchType: EXACT_MATCH\n")
    for name, text in g.get("scenes", {}).items():
        wr(os.path.join(d, "sdk", "custom", "scenes", f"{name}.yaml"), text)


def dialogflow_project(d, g):
    lang = g["loc"].split("-")[0]
    wj(os.path.join(d, "agent.json"), {"description": g["desc"], "language": lang, "shortDescription": g["desc"][:60], "examples": "",
                                        "linkToDocs": "", "disableInteractionLogs": False, "disableStackdriverLogs": True,
                                        "googleAssistant": {"googleAssistantCompatible": True, "project": g["id"].split("-", 1)[1],
                                                            "welcomeIntentSignInRequired": False, "startIntents": [], "systemIntents": [],
                                                            "endIntentIds": [], "oAuthLinking": {"required": False, "grantType": "AUTH_CODE_GRANT"},
                                                            "voiceType": "MALE_1", "capabilities": [], "env": "", "protocolVersion": "V2",
                                                            "autoPreviewEnabled": False, "isDeviceAgent": False},
                                        "defaultTimezone": "Europe/Madrid", "webhook": {"url": "https://fulfil.example.net/df", "available": True, "useForDomains": False},
                                        "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformApi": True,
                                        "onePlatformApiVersion": "v2beta1", "analyzeQueryTextSentiment": False, "enabledKnowledgeBaseNames": [],
                                        "knowledgeServiceConfidenceAdjustment": 0.0, "dialogBuilderMode": False, "baseActionPackagesUrl": "", "enableSpellCorrection": False})
    wj(os.path.join(d, "package.json"), {"version": "1.0.0"})
    for name, phrases, *rest in g["intents"]:
        params = rest[0] if rest else {}
        resp = rest[1] if len(rest) > 1 else []
        end = rest[2] if len(rest) > 2 else False
        iid = guid(g["id"], name)
        wj(os.path.join(d, "intents", f"{name}.json"), {"id": iid, "name": name, "auto": True, "contexts": [],
            "responses": [{"resetContexts": False, "action": "", "affectedContexts": [],
                           "parameters": [{"id": guid(g["id"], name, k), "required": False, "dataType": v, "name": k, "value": "$" + k, "isList": False} for k, v in params.items()],
                           "messages": [{"type": "0", "title": "", "textToSpeech": "", "lang": lang, "condition": "", "speech": resp}] if resp else [],
                           "speech": [], "endInteraction": end}],
            "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": name == "Default Fallback Intent", "events": [{"name": "WELCOME"}] if "Welcome" in name else []})
        us = []
        for p in phrases:
            data = []
            # phrase pieces: "text [value|@type:param] text"
            import re
            pos = 0
            for m in re.finditer(r"\[([^|\]]+)\|(@[\w.\-]+):(\w+)\]", p):
                if m.start() > pos:
                    data.append({"text": p[pos:m.start()], "userDefined": False})
                data.append({"text": m.group(1), "alias": m.group(3), "meta": m.group(2), "userDefined": True})
                pos = m.end()
            if pos < len(p):
                data.append({"text": p[pos:], "userDefined": False})
            us.append({"id": guid(g["id"], name, p), "data": data, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
        if us:
            wj(os.path.join(d, "intents", f"{name}_usersays_{lang}.json"), us)
    for name, vals in g.get("types", {}).items():
        wj(os.path.join(d, "entities", f"{name}.json"), {"id": guid(g["id"], "ent", name), "name": name, "isOverridable": True, "isEnum": False, "isRegexp": False, "automatedExpansion": False, "allowFuzzyExtraction": False})
        wj(os.path.join(d, "entities", f"{name}_entries_{lang}.json"), [{"value": v, "synonyms": [v]} for v in vals])


def sdk2_project(d, g):
    lang = g["loc"].split("-")[0]
    acts = []
    for name, phrases, *rest in g["intents"]:
        params = rest[0] if rest else {}
        it = {"name": name}
        if params:
            it["parameters"] = [{"name": k, "type": {"name": v}} for k, v in params.items()]
        it["trigger"] = {"queryPatterns": phrases}
        acts.append({"description": name, "name": name.split(".")[-1].upper(), "fulfillment": {"conversationName": g["id"].split("-", 1)[1]}, "intent": it})
    wj(os.path.join(d, "action.json"), {"actions": acts, "conversations": {g["id"].split("-", 1)[1]: {"name": g["id"].split("-", 1)[1], "url": "https://us-central1-proj.cloudfunctions.net/fulfil",
                                                                                                   "fulfillmentApiVersion": 2}}, "locale": lang})


# ------------------------------------------------------------------ recordings
def rec_scene(g, turns, tag="r0"):
    """turns: (user_text, intent, handler, scene, speech, next_scene_or_None)"""
    sid = "ABwppHF" + hid(g["id"], tag, n=30)
    out = []
    for i, (q, intent, handler, scene, speech, nxt) in enumerate(turns):
        req = {"handler": {"name": handler}, "intent": {"name": intent, "params": {}, "query": q},
               "scene": {"name": scene, "slotFillingStatus": "UNSPECIFIED", "slots": {}},
               "session": {"id": sid, "params": {}, "typeOverrides": [], "languageCode": ""},
               "user": {"locale": g["loc"], "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                        "verificationStatus": "VERIFIED", "packageEntitlements": [], "gaiamint": "", "permissions": [], "lastSeenTime": "2025-02-11T08:14:22Z"},
               "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"], "timeZone": {"id": "Europe/Berlin"}}}
        res = {"session": {"id": sid, "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": speech, "text": strip(speech)}}}
        if nxt:
            res["scene"] = {"name": scene, "slots": {}, "next": {"name": nxt}}
        out.append({"requestJson": req, "responseJson": res})
        if nxt == "actions.scene.END_CONVERSATION":
            sid = "ABwppHF" + hid(g["id"], tag, i, n=30)
    return out


def strip(s):
    import re
    return re.sub(r"<[^>]+>", "", s)


def rec_df(g, turns, tag="r0"):
    """turns: (user_text, intent_display, params, speech, expect, no_input_list, system_intent_or_None)"""
    sess = f"projects/{g['id'].split('-',1)[1]}/agent/sessions/{hid(g['id'], tag, n=24)}"
    out = []
    for i, (q, intent, params, speech, expect, noin, sysi) in enumerate(turns):
        req = {"responseId": guid(g["id"], tag, i), "queryResult": {"queryText": q, "parameters": params, "allRequiredParamsPresent": True,
                                                                    "fulfillmentMessages": [{"text": {"text": [""]}}], "outputContexts": [],
                                                                    "intent": {"name": f"projects/{g['id'].split('-',1)[1]}/agent/intents/{guid(g['id'], intent)}", "displayName": intent},
                                                                    "intentDetectionConfidence": 0.87, "languageCode": g["loc"].split("-")[0]},
               "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
                   "user": {"locale": g["loc"], "userVerificationStatus": "VERIFIED"},
                   "conversation": {"conversationId": hid(g["id"], tag, n=20), "type": "NEW" if i == 0 else "ACTIVE"},
                   "inputs": [{"intent": "actions.intent.MAIN" if i == 0 else "actions.intent.TEXT", "rawInputs": [{"inputType": "VOICE", "query": q}]}],
                   "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.SCREEN_OUTPUT"}]},
                   "isInSandbox": True}},
               "session": sess}
        google = {"expectUserResponse": expect, "richResponse": {"items": [{"simpleResponse": {"textToSpeech": speech}}]}}
        if noin:
            google["noInputPrompts"] = [{"textToSpeech": x} for x in noin]
        if sysi:
            google["systemIntent"] = sysi
        out.append({"request": req, "response": {"fulfillmentText": strip(speech), "payload": {"google": google}}})
    return out


def rec_conv(g, turns, tag="r0"):
    """turns: (user_text, input_intent, speech, expect, no_input_list, possible_intents_or_None)"""
    out = []
    cid = hid(g["id"], tag, n=19)
    for i, (q, intent, speech, expect, noin, poss) in enumerate(turns):
        req = {"user": {"locale": g["loc"], "lastSeen": "2025-01-30T10:11:12Z", "userVerificationStatus": "VERIFIED"},
               "conversation": {"conversationId": cid, "type": "NEW" if i == 0 else "ACTIVE", **({"conversationToken": "[]"} if i else {})},
               "inputs": [{"intent": intent, "rawInputs": [{"inputType": "VOICE", "query": q}], **({"arguments": [{"name": "text", "rawText": q, "textValue": q}]} if intent == "actions.intent.TEXT" else {})}],
               "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
               "isInSandbox": True, "availableSurfaces": [], "requestType": "SIMULATOR"}
        if expect:
            ip = {"richInitialPrompt": {"items": [{"simpleResponse": {"textToSpeech": speech}}]}}
            if noin is not None:
                ip["noInputPrompts"] = [{"textToSpeech": x} for x in noin]
            res = {"expectUserResponse": True, "conversationToken": "[]", "expectedInputs": [{"inputPrompt": ip, "possibleIntents": poss or [{"intent": "actions.intent.TEXT"}]}]}
        else:
            res = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": [{"simpleResponse": {"textToSpeech": speech}}]}}}
        out.append({"request": req, "response": res})
        if not expect:
            cid = hid(g["id"], tag, i, n=19)
    return out


KINDS = {"builder": builder_project, "dialogflow": dialogflow_project, "sdk2": sdk2_project}


def build_google(g):
    d = os.path.join(OUT, "cases", g["id"])
    KINDS[g["kind"]](d, g)
    shapes = []
    for k, (shape, path, turns) in enumerate(g.get("rec", [])):
        if shape == "gactions-scene":
            wj(os.path.join(d, path), rec_scene(g, turns, f"r{k}"))
        elif shape == "dialogflow-webhook":
            wj(os.path.join(d, path), rec_df(g, turns, f"r{k}"))
        elif shape == "gactions-conversation":
            wj(os.path.join(d, path), rec_conv(g, turns, f"r{k}"))
        if shape not in shapes:
            shapes.append(shape)
    for rel, text in g.get("files", {}).items():
        wr(os.path.join(d, rel), text)
    return shapes

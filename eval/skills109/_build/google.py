"""Google project writers: Actions Builder, Actions SDK v2 (action.json), Dialogflow agent export."""
import json, os
from engine import wjson, wtext, uid


def yq(s):
    return json.dumps(s, ensure_ascii=False)


def builder(case, d):
    loc = case["locale"]
    lang = loc.split("-")[0] if case.get("short_lang", True) else loc
    ls = [f"  displayName: {yq(case['name'])}", f"  pronunciation: {yq(case['inv'])}",
          f"  shortDescription: {yq(case['desc'][:80])}", f"  fullDescription: {yq(case['desc'])}",
          f"  developerName: {yq(case.get('dev', 'Fernleaf Studio'))}", f"  developerEmail: {yq(case.get('devmail', 'hello@fernleaf-studio.dev'))}",
          f"  sampleInvocations:", f"  - {yq('Talk to ' + case['inv'])}", "  smallLogoImage: $resources.images.square", "  largeBannerImage: $resources.images.banner"]
    if case.get("policy"):
        ls.append(f"  privacyPolicyUrl: {yq(case['policy'])}")
    wtext(os.path.join(d, "sdk", "settings", "settings.yaml"),
          f"projectId: {case['gproject']}\ndefaultLocale: {lang}\ncategory: {case.get('gcategory', 'GAMES_AND_TRIVIA')}\n"
          f"usesTransactionsApi: false\nusesDigitalPurchaseApi: false\nusesInteractiveCanvas: false\ndesignedForFamily: {str(case.get('child', False)).lower()}\n"
          f"containsAlcoholOrTobaccoContent: false\nkeepsMicOpen: {str(case.get('keepsMicOpen', False)).lower()}\nsurfaceRequirements:\n  minimumRequirements:\n  - capability: SPEECH\n"
          f"localizedSettings:\n" + "\n".join(ls) + "\n")
    wtext(os.path.join(d, "sdk", "actions", "actions.yaml"),
          "actions:\n  actions.intent.MAIN:\n    handler:\n      webhookHandler: start\n    engagement:\n      title: " + yq(case["name"]) + "\n")
    wtext(os.path.join(d, "sdk", "webhooks", "ActionsOnGoogleFulfillment.yaml"),
          "httpsEndpoint:\n  baseUrl: https://europe-west2-" + case["gproject"] + ".cloudfunctions.net/ActionsOnGoogleFulfillment\n")
    for name, phrases, params in case["gintents"]:
        y = []
        if params:
            y.append("parameters:")
            for p, ty in params.items():
                y += [f"- name: {p}", "  type:", f"    name: {ty}"]
        y.append("trainingPhrases:")
        y += [f"- {yq(p)}" for p in phrases]
        wtext(os.path.join(d, "sdk", "custom", "intents", f"{name}.yaml"), "\n".join(y) + "\n")
    for tname, tyaml in case.get("gtypes", {}).items():
        wtext(os.path.join(d, "sdk", "custom", "types", f"{tname}.yaml"), tyaml)
    for sname, syaml in case.get("gscenes", {}).items():
        wtext(os.path.join(d, "sdk", "custom", "scenes", f"{sname}.yaml"), syaml)


def sdk2(case, d):
    loc = case["locale"]
    actions = [{"description": "Default Welcome Intent", "name": "MAIN", "fulfillment": {"conversationName": case["gproject"]},
                "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": ["talk to " + case["inv"]]}}}]
    for name, phrases, params in case["gintents"]:
        a = {"description": name, "name": name, "fulfillment": {"conversationName": case["gproject"]},
             "intent": {"name": name, "trigger": {"queryPatterns": phrases}}}
        if params:
            a["intent"]["parameters"] = [{"name": p, "type": t} for p, t in params.items()]
        actions.append(a)
    meta = {"actions": actions, "conversations": {case["gproject"]: {"name": case["gproject"], "url": f"https://europe-west1-{case['gproject']}.cloudfunctions.net/conversation", "fulfillmentApiVersion": 2}},
            "locale": loc}
    if case.get("gtypes_v2"):
        meta["types"] = case["gtypes_v2"]
    wjson(os.path.join(d, "action.json"), meta)
    info = {"displayName": case["name"], "pronunciation": case["inv"], "shortDescription": case["desc"][:80], "fullDescription": case["desc"], "category": case.get("gcategory", "GAMES_AND_TRIVIA")}
    if case.get("policy"):
        info["privacyPolicyUrl"] = case["policy"]
    wjson(os.path.join(d, "actions-directory.json"), {"localizedDirectoryListing": {loc: info}})


def dialogflow(case, d):
    lang = case["locale"].split("-")[0]
    wjson(os.path.join(d, "agent.json"), {"description": case["desc"], "language": lang, "shortDescription": case["name"], "examples": "", "linkToDocs": "",
          "disableInteractionLogs": False, "disableStackdriverLogs": True, "googleAssistant": {"googleAssistantCompatible": True, "project": case["gproject"],
          "welcomeIntentSignInRequired": False, "startIntents": [], "systemIntents": [], "endIntentIds": [], "oAuthLinking": {"required": False, "grantType": "AUTH_CODE_GRANT"},
          "voiceType": "MALE_1", "capabilities": [], "env": "", "protocolVersion": "V2", "autoPreviewEnabled": True, "isDeviceAgent": False},
          "defaultTimezone": "Europe/Madrid" if lang == "es" else "Europe/London", "webhook": {"url": f"https://{case['gproject']}.web.app/fulfillment", "available": True, "useForDomains": False, "cloudFunctionsEnabled": False, "cloudFunctionsInitialized": False},
          "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformResponses": True, "onePlatformApiVersion": "v2", "analyzeQueryTextSentiment": False, "enabledKnowledgeBaseNames": [], "knowledgeServiceConfidenceAdjustment": 0.0, "dialogBuilderMode": False, "baseActionPackagesUrl": "", "enableSpellCorrection": False})
    wjson(os.path.join(d, "package.json"), {"version": "1.0.0"})
    for name, phrases, params in case["gintents"]:
        iid = uid(case["id"], name)
        msgs = case.get("dfmsgs", {}).get(name)
        wjson(os.path.join(d, "intents", f"{name}.json"), {"id": iid, "name": name, "auto": True, "contexts": [],
              "responses": [{"resetContexts": False, "action": name.lower().replace(" ", "."), "affectedContexts": [],
                             "parameters": [{"id": uid(iid, p), "name": p, "required": False, "dataType": t, "value": "$" + p, "isList": False} for p, t in params.items()],
                             "messages": [{"type": "0", "title": "", "textToSpeech": "", "lang": lang, "speech": msgs}] if msgs else [],
                             "endConversation": name in case.get("dfend", [])}],
              "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": name == "Default Fallback Intent", "events": [{"name": "WELCOME"}] if name == "Default Welcome Intent" else []})
        us = []
        for ph in phrases:
            parts, data = ph, []
            import re
            toks = re.split(r"(\{[^}]+\})", ph)
            for tk in toks:
                if not tk:
                    continue
                if tk.startswith("{"):
                    p = tk[1:-1]
                    data.append({"text": case.get("dfsample", {}).get(p, p), "alias": p, "meta": params.get(p, "@sys.any"), "userDefined": True})
                else:
                    data.append({"text": tk, "userDefined": False})
            us.append({"id": uid(iid, ph), "data": data, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
        wjson(os.path.join(d, "intents", f"{name}_usersays_{lang}.json"), us)

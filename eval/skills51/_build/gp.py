"""Helpers that lay out hand-written Google project content (Actions Builder, Actions SDK v2, Dialogflow)."""
import json


def q(s):
    return json.dumps(s, ensure_ascii=False)


def builder(loc, display, short, policy, intents, scenes, types=None, start="Start", family=False, extra_locales=()):
    lang = loc.split("-")[0]
    f = {}
    s = ["defaultLocale: %s" % lang, "projectId: %s" % display.lower().replace(" ", "-")[:24], "category: EDUCATION_AND_REFERENCE",
         "usesTransactionsApi: false", "usesDigitalPurchaseApi: false", "designedForFamily: %s" % str(family).lower(),
         "localizedSettings:", "  displayName: %s" % q(display), "  pronunciation: %s" % q(display),
         "  shortDescription: %s" % q(short), "  fullDescription: %s" % q(short), "  developerName: %s" % q(display + " Studio"),
         "  developerEmail: hello@%s.example" % display.lower().replace(" ", "")]
    if policy:
        s.append("  privacyPolicyUrl: %s" % policy)
    f["sdk/settings/settings.yaml"] = "\n".join(s) + "\n"
    f["sdk/manifest.yaml"] = "version: \"1.0\"\n"
    f["sdk/actions/actions.yaml"] = "actions:\n  actions.intent.MAIN: {}\n"
    f["sdk/custom/global/actions.intent.MAIN.yaml"] = "handler:\n  webhookHandler: welcome\ntransitionToScene: %s\n" % start
    for name, (phrases, params) in intents.items():
        y = []
        if params:
            y.append("parameters:")
            for p, t in params.items():
                y += ["- name: %s" % p, "  type:", "    name: %s" % t]
        y.append("trainingPhrases:")
        y += ["- %s" % q(x) for x in phrases]
        f["sdk/custom/intents/%s.yaml" % name] = "\n".join(y) + "\n"
    for name, spec in (types or {}).items():
        if spec == "freeText":
            f["sdk/custom/types/%s.yaml" % name] = "freeText: {}\n"
        else:
            y = ["synonym:", "  entities:"]
            for v in spec:
                y += ["    %s:" % q(v), "      synonyms:", "      - %s" % q(v)]
            y.append("  matchType: EXACT_MATCH")
            f["sdk/custom/types/%s.yaml" % name] = "\n".join(y) + "\n"
    for name, sc in scenes.items():
        y = []
        if sc.get("enter"):
            y += ["onEnter:", "  staticPrompt:", "    candidates:", "    - promptResponse:", "        firstSimple:", "          variants:",
                  "          - speech: %s" % q(sc["enter"])]
            if sc.get("enter_webhook"):
                y += ["  webhookHandler: %s" % sc["enter_webhook"]]
        y.append("intentEvents:")
        for ev in sc.get("events", []):
            intent, speech, nxt = ev[0], ev[1], ev[2]
            y += ["- intent: %s" % intent, "  handler:"]
            if len(ev) > 3:
                y += ["    webhookHandler: %s" % ev[3]]
            if speech is not None:
                y += ["    staticPrompt:", "      candidates:", "      - promptResponse:", "          firstSimple:", "            variants:",
                      "            - speech: %s" % q(speech)]
            if nxt:
                y += ["  transitionToScene: %s" % nxt]
        for ni, speech in enumerate(sc.get("noinput", []), 1):
            y += ["- intent: actions.intent.NO_INPUT_%s" % ("FINAL" if ni == 3 else ni), "  handler:", "    staticPrompt:", "      candidates:",
                  "      - promptResponse:", "          firstSimple:", "            variants:", "            - speech: %s" % q(speech)]
            if ni == 3:
                y += ["  transitionToScene: actions.scene.END_CONVERSATION"]
        if sc.get("slots"):
            y.append("slots:")
            for sn, st in sc["slots"].items():
                y += ["- name: %s" % sn, "  type:", "    name: %s" % st, "  required: true", "  promptSettings:", "    initialPrompt:",
                      "      staticPrompt:", "        candidates:", "        - promptResponse:", "            firstSimple:",
                      "              variants:", "              - speech: %s" % q(sc["slot_prompt"][sn])]
        f["sdk/custom/scenes/%s.yaml" % name] = "\n".join(y) + "\n"
    f["sdk/webhooks/ActionsOnGoogleFulfillment.yaml"] = "handlers:\n- name: welcome\ninlineCloudFunction:\n  executeFunction: ActionsOnGoogleFulfillment\n"
    return f


def sdkv2(loc, display, inv, short, policy, actions, url, kids=False):
    """actions: list of (name, intent, patterns, params{name: type})"""
    man = {"displayName": display, "invocationName": inv, "category": "EDUCATION_AND_REFERENCE", "shortDescription": short,
           "longDescription": short, "forFamilies": kids}
    if policy:
        man["privacyUrl"] = policy
    acts = []
    for name, intent, pats, params in actions:
        it = {"name": intent, "trigger": {"queryPatterns": pats}}
        if params:
            it["parameters"] = [{"name": k, "type": v} for k, v in params.items()]
        acts.append({"description": name, "name": name, "fulfillment": {"conversationName": "main"}, "intent": it})
    return {"action.json": {"manifest": man, "actions": acts, "locale": loc,
                            "conversations": {"main": {"name": "main", "url": url, "fulfillmentApiVersion": 2}}}}


def dialogflow(loc, display, desc, intents, url, entities=None):
    """intents: list of dict(name, phrases=[list of parts: str or (text, alias, meta)], speech, end)"""
    lang = loc.split("-")[0]
    f = {"agent.json": {"description": desc, "language": lang, "shortDescription": "", "examples": "", "linkToDocs": "",
                        "displayName": display, "disableInteractionLogs": False, "disableStackdriverLogs": True,
                        "defaultTimezone": "Europe/Madrid", "isPrivate": True, "mlMinConfidence": 0.3,
                        "supportedLanguages": [], "enableOnePlatformResponses": True,
                        "webhook": {"url": url, "username": "", "headers": {}, "available": True, "useForDomains": False,
                                    "cloudFunctionsEnabled": False, "cloudFunctionsInitialized": False},
                        "googleAssistant": {"googleAssistantCompatible": True, "project": display.lower().replace(" ", "-"),
                                            "welcomeIntentSignInRequired": False, "startIntents": [], "systemIntents": [],
                                            "endIntentIds": [], "oAuthLinking": {"required": False, "grantType": "AUTH_CODE_GRANT"},
                                            "voiceType": "MALE_1", "capabilities": [], "protocolVersion": "V2"}},
         "package.json": {"version": "1.0.0"}}
    for it in intents:
        params = []
        says = []
        for ph in it["phrases"]:
            data = []
            for part in ph:
                if isinstance(part, str):
                    data.append({"text": part, "userDefined": False})
                else:
                    data.append({"text": part[0], "alias": part[1], "meta": part[2], "userDefined": True})
                    if part[1] not in [p["name"] for p in params]:
                        params.append({"id": part[1], "name": part[1], "required": False, "dataType": part[2], "value": "$" + part[1], "isList": False})
            says.append({"id": "x", "data": data, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
        f["intents/%s.json" % it["name"]] = {"id": it["name"], "name": it["name"], "auto": True, "contexts": [],
            "responses": [{"resetContexts": False, "action": it.get("action", ""), "affectedContexts": [], "parameters": params,
                           "messages": [{"type": "simple_response", "platform": "google", "lang": lang, "condition": "",
                                         "items": [{"textToSpeech": it["speech"], "ssml": "", "displayText": ""}]},
                                        {"type": "0", "lang": lang, "condition": "", "speech": [it["speech"]]}],
                           "speech": [], "endInteraction": it.get("end", False)}],
            "priority": 500000, "webhookUsed": it.get("webhook", True), "webhookForSlotFilling": False, "fallbackIntent": it.get("fallback", False),
            "events": [{"name": "WELCOME"}, {"name": "GOOGLE_ASSISTANT_WELCOME"}] if it.get("welcome") else []}
        if says:
            f["intents/%s_usersays_%s.json" % (it["name"], lang)] = says
    for name, vals in (entities or {}).items():
        f["entities/%s.json" % name] = {"id": name, "name": name, "isOverridable": True, "isEnum": False, "isRegexp": False,
                                         "automatedExpansion": False, "allowFuzzyExtraction": False}
        f["entities/%s_entries_%s.json" % (name, lang)] = [{"value": v, "synonyms": [v]} for v in vals]
    return f

"""Google Assistant project + recording writers (Actions Builder, Actions SDK v2, Dialogflow)."""
import os
from kit import put, putj, guid, h, strip_ssml


def yml(d, ind=0):
    """tiny YAML emitter for dict/list/str/bool/int."""
    p = '  ' * ind
    out = []
    if isinstance(d, dict):
        for k, v in d.items():
            if isinstance(v, (dict, list)) and v:
                out.append(f"{p}{k}:")
                out.append(yml(v, ind + 1))
            else:
                out.append(f"{p}{k}: {sc(v)}")
    else:
        for v in d:
            if isinstance(v, dict):
                sub = yml(v, ind + 1).split('\n')
                out.append(f"{p}- " + sub[0].lstrip())
                out.extend(sub[1:])
            else:
                out.append(f"{p}- {sc(v)}")
    return '\n'.join(out)


def sc(v):
    if isinstance(v, bool):
        return 'true' if v else 'false'
    if isinstance(v, (int, float)):
        return str(v)
    if v == {} or v == []:
        return '{}' if v == {} else '[]'
    s = str(v)
    if s == '' or any(c in s for c in ':#{}[],&*?|<>=!%@`\'"') or s.strip() != s:
        return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'
    return s


# ---------------------------------------------------------------- Actions Builder
def builder(cdir, name, project, locale_lang, category, intents, scenes, types=(), main_handler='greeting',
            other_locales=(), privacy=None):
    """intents: {name: {'phrases': [...], 'params': {pname: type}}}; scenes: {name: yamldict}."""
    s = {"defaultLocale": locale_lang, "projectId": project,
         "localizedSettings": {"displayName": name, "pronunciation": name.lower(),
                               "developerEmail": f"dev@{project.split('-')[0]}.example.com"},
         "category": category, "usesTransactionsApi": False, "usesDigitalPurchaseApi": False,
         "usesInteractiveCanvas": False}
    if privacy:
        s["localizedSettings"]["privacyPolicyUrl"] = privacy
    put(os.path.join(cdir, 'sdk', 'settings', 'settings.yaml'), yml(s) + '\n')
    put(os.path.join(cdir, 'sdk', 'manifest.yaml'), 'version: "1.0"\n')
    put(os.path.join(cdir, 'sdk', 'actions', 'actions.yaml'),
        yml({"actions": {"actions.intent.MAIN": {"handler": {"webhookHandler": main_handler}}}}) + '\n')
    put(os.path.join(cdir, 'sdk', 'webhooks', 'ActionsOnGoogleFulfillment.yaml'),
        yml({"handlers": [{"name": n} for n in sorted({main_handler} | {ie['handler']['webhookHandler'] for sc_ in scenes.values() for ie in sc_.get('intentEvents', []) if 'handler' in ie})]}) +
        '\ninlineCloudFunction:\n  executeFunction: ActionsOnGoogleFulfillment\n')
    for n, d in intents.items():
        y = {}
        if d.get('params'):
            y["parameters"] = [{"name": p, "type": {"name": t}} for p, t in d['params'].items()]
        y["trainingPhrases"] = d['phrases']
        put(os.path.join(cdir, 'sdk', 'custom', 'intents', f'{n}.yaml'), yml(y) + '\n')
        for loc, phr in d.get('loc', {}).items():
            put(os.path.join(cdir, 'sdk', 'custom', 'intents', loc, f'{n}.yaml'), yml({"trainingPhrases": phr}) + '\n')
    for n, d in scenes.items():
        put(os.path.join(cdir, 'sdk', 'custom', 'scenes', f'{n}.yaml'), yml(d) + '\n')
    for n, vals in types:
        put(os.path.join(cdir, 'sdk', 'custom', 'types', f'{n}.yaml'),
            yml({"synonym": {"entities": {v.replace(' ', '_'): {"synonyms": [v]} for v in vals}}}) if vals else 'freeText: {}\n')


def scene_log(cdir, folder, session_seed, locale, turns, when):
    """turns: list of dicts {handler, intent, query, params, scene, speech, next}."""
    sid = "ABwppH" + h(session_seed, 40)
    for k, t in enumerate(turns, 1):
        req = {"handler": {"name": t['handler']},
               "intent": {"name": t.get('intent', 'actions.intent.MAIN'),
                          "params": {p: {"original": v, "resolved": v} for p, v in t.get('params', {}).items()},
                          "query": t.get('query', '')},
               "scene": {"name": t.get('scene', 'actions.scene.START_CONVERSATION'), "slotFillingStatus": "UNSPECIFIED",
                         "slots": {}, "next": {"name": ""}},
               "session": {"id": sid, "params": {}, "typeOverrides": [], "languageCode": ""},
               "user": {"locale": locale, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                        "verificationStatus": "VERIFIED", "packageEntitlements": [], "permissions": [],
                        "lastSeenTime": when},
               "home": {"params": {}},
               "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"],
                          "timeZone": {"id": "Europe/Berlin" if locale.startswith('de') else "America/Chicago", "version": ""}}}
        res = {"session": {"id": sid, "params": {}},
               "prompt": {"override": False, "firstSimple": {"speech": t['speech'], "text": strip_ssml(t['speech'])}}}
        if t.get('next'):
            res["scene"] = {"name": t.get('scene', 'actions.scene.START_CONVERSATION'), "slots": {}, "next": {"name": t['next']}}
        putj(os.path.join(cdir, folder, f'turn{k:02d}-request.json'), req)
        putj(os.path.join(cdir, folder, f'turn{k:02d}-response.json'), res)


# ---------------------------------------------------------------- Actions SDK v2
def action_v2(cdir, project, patterns, url, locale='en', extra_actions=()):
    acts = [{"description": "Default Welcome Intent", "name": "MAIN", "fulfillment": {"conversationName": project},
             "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": patterns}}}]
    for nm, pats in extra_actions:
        acts.append({"description": nm, "name": nm, "fulfillment": {"conversationName": project},
                     "intent": {"name": nm, "trigger": {"queryPatterns": pats}}})
    putj(os.path.join(cdir, 'action.json'), {"actions": acts, "conversations": {project: {"name": project, "url": url, "fulfillmentApiVersion": 2}},
                                             "locale": locale})


def conv_v2(path, seed, locale, turns, when):
    """turns: dicts {intent, query, args?, tts, display?, expect, noinput?: [...], permission?: {...}}"""
    cid = str(int(h(seed, 12), 16))[:15]
    lines = []
    for k, t in enumerate(turns):
        req = {"user": {"userId": "ABwppH" + h(seed + 'u', 34), "locale": locale, "lastSeen": when,
                        "userVerificationStatus": "VERIFIED"},
               "conversation": {"conversationId": cid, "type": "NEW" if k == 0 else "ACTIVE"},
               "inputs": [{"intent": t['intent'], "rawInputs": [{"inputType": "VOICE", "query": t['query']}]}],
               "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
               "isInSandbox": True, "availableSurfaces": []}
        if k:
            req["conversation"]["conversationToken"] = "[]"
        if t.get('args'):
            req["inputs"][0]["arguments"] = t['args']
        simple = {"textToSpeech": t['tts']}
        if t.get('display') is not False:
            simple["displayText"] = t.get('display') or strip_ssml(t['tts'])
        if t['expect']:
            res = {"expectUserResponse": True,
                   "expectedInputs": [{"inputPrompt": {"richInitialPrompt": {"items": [{"simpleResponse": simple}]},
                                                       "noInputPrompts": [{"textToSpeech": x} for x in t.get('noinput', [])]},
                                       "possibleIntents": [t['permission'] if t.get('permission') else {"intent": "actions.intent.TEXT"}],
                                       "speechBiasingHints": []}],
                   "conversationToken": "{\"data\":{}}"}
        else:
            res = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": [{"simpleResponse": simple}]}}}
        lines.append({"request": req, "response": res})
    from kit import js
    put(path, ''.join(js(l, False) + '\n' for l in lines))


# ---------------------------------------------------------------- Dialogflow
def df_agent(cdir, name, project, lang, intents, webhook, desc, supported=()):
    putj(os.path.join(cdir, 'agent.json'), {
        "description": desc, "language": lang, "shortDescription": desc[:80], "examples": "", "linkToDocs": "",
        "disableInteractionLogs": False, "disableStackdriverLogs": True,
        "googleAssistant": {"googleAssistantCompatible": True, "project": project, "welcomeIntentSignInRequired": False,
                            "startIntents": [], "systemIntents": [], "endIntentIds": [], "oAuthLinking": {"required": False},
                            "voiceType": "FEMALE_2", "capabilities": [], "protocolVersion": "V2",
                            "autoPreviewEnabled": False, "isDeviceAgent": False},
        "defaultTimezone": "Europe/Madrid" if lang == 'es' else "Europe/Berlin" if lang == 'de' else "America/Los_Angeles",
        "webhook": {"url": webhook, "username": "", "headers": {}, "available": True, "useForDomains": False,
                    "cloudFunctionsEnabled": False, "cloudFunctionsInitialized": False},
        "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": list(supported), "enableOnePlatformApi": True,
        "onePlatformApiVersion": "v2beta1", "analyzeQueryTextSentiment": False, "enabledKnowledgeBaseNames": [],
        "knowledgeServiceConfidenceAdjustment": 0.0, "dialogBuilderMode": False, "baseActionPackagesUrl": "",
        "displayName": name})
    putj(os.path.join(cdir, 'package.json'), {"version": "1.0.0"})
    for nm, d in intents.items():
        params = [{"id": guid(project + nm + p), "required": False, "dataType": t, "name": p, "value": "$" + p,
                   "promptMessages": [], "noMatchPromptMessages": [], "noInputPromptMessages": [],
                   "outputDialogContexts": [], "isList": False} for p, t in d.get('params', {}).items()]
        putj(os.path.join(cdir, 'intents', f'{nm}.json'), {
            "id": guid(project + nm), "name": nm, "auto": True, "contexts": [],
            "responses": [{"resetContexts": False, "action": d.get('action', ''), "affectedContexts": [], "parameters": params,
                           "messages": [{"type": 0, "lang": lang, "condition": "", "speech": d.get('speech', [])}],
                           "defaultResponsePlatforms": {}, "speech": []}],
            "priority": 500000, "webhookUsed": d.get('webhook', True), "webhookForSlotFilling": False,
            "fallbackIntent": d.get('fallback', False), "events": [{"name": e} for e in d.get('events', [])],
            "conditionalResponses": [], "condition": "", "conditionalFollowupEvents": []})
        if d.get('says'):
            us = []
            for k, parts in enumerate(d['says']):
                data = []
                for part in parts:
                    if isinstance(part, tuple):
                        data.append({"text": part[0], "alias": part[1], "meta": part[2], "userDefined": True})
                    else:
                        data.append({"text": part, "userDefined": False})
                us.append({"id": guid(project + nm + str(k)), "data": data, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
            putj(os.path.join(cdir, 'intents', f'{nm}_usersays_{lang}.json'), us)


def df_log(cdir, folder, project, seed, locale, turns, when):
    """turns: dicts {query, intent, params, speech, expect, system_intent?}"""
    conv = str(int(h(seed, 12), 16))[:15]
    for k, t in enumerate(turns, 1):
        req = {"responseId": guid(seed + str(k)) + "-" + h(seed + str(k), 8),
               "queryResult": {"queryText": t['query'], "parameters": t.get('params', {}), "allRequiredParamsPresent": True,
                               "fulfillmentMessages": [{"text": {"text": [""]}}],
                               "outputContexts": [{"name": f"projects/{project}/agent/sessions/{conv}/contexts/actions_capability_audio_output"}],
                               "intent": {"name": f"projects/{project}/agent/intents/{guid(project + t['intent'])}", "displayName": t['intent']},
                               "intentDetectionConfidence": 1, "languageCode": locale.split('-')[0]},
               "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
                   "user": {"userId": "ABwppH" + h(seed + 'u', 34), "locale": locale, "lastSeen": when, "userVerificationStatus": "VERIFIED"},
                   "conversation": {"conversationId": conv, "type": "NEW" if k == 1 else "ACTIVE"},
                   "inputs": [{"intent": "actions.intent.MAIN" if k == 1 else "actions.intent.TEXT",
                               "rawInputs": [{"inputType": "VOICE", "query": t['query']}]}],
                   "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]},
                   "isInSandbox": True, "availableSurfaces": []}},
               "session": f"projects/{project}/agent/sessions/{conv}"}
        g = {"expectUserResponse": t['expect'], "richResponse": {"items": [{"simpleResponse": {"textToSpeech": t['speech']}}]}}
        if t.get('system_intent'):
            g["systemIntent"] = t['system_intent']
        if t.get('noinput') is not None:
            g["noInputPrompts"] = [{"textToSpeech": x} for x in t['noinput']]
        res = {"fulfillmentText": strip_ssml(t['speech']), "payload": {"google": g}}
        putj(os.path.join(cdir, folder, f'{k:02d}-request.json'), req)
        putj(os.path.join(cdir, folder, f'{k:02d}-response.json'), res)

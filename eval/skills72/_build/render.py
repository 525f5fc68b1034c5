"""render.py - turns the hand-written case descriptions (cases_*.py) into project folders and
recordings.  Nothing in here invents content: every sentence, slot, sample and name comes from the
case descriptions.  This file only knows the *formats* (ASK, SMAPI, CloudWatch, HAR, Actions SDK v2,
Actions Builder, Dialogflow, and the six new shapes of set 72).

A case is a dict built with C(...); a turn is built with T(...).  A session is a list of turns.
"""
import hashlib, json, os, textwrap
from datetime import datetime, timedelta, timezone

import yaml

# ----------------------------------------------------------------------------- description helpers

def C(cid, locale, name, inv, cats, why, **kw):
    d = dict(id=cid, locale=locale, name=name, inv=inv, cats=sorted(cats), why=why,
             platform="alexa", desc=None, category="MUSIC_AND_AUDIO", policy=None, child=False,
             perms=[], intents=[], types=[], rec=[], audio=False, extra_locales=[], lambda_src=None,
             purchases=False, personal=None, files={})
    d.update(kw)
    return d


def T(user, req, say=None, re=None, end=None, card=None, play=None, stop_audio=False, perm_card=None,
      slots=None, g_scene=None, g_next=None, g_perm=None, noinput=None):
    """user: what the person said (None for device events); req: 'launch' | 'end' | intent name |
    'AudioPlayer.*' event.  say/re: speech and reprompt (SSML or plain).  end: shouldEndSession
    (None = field absent).  Google: g_next = next scene, noinput = list of no-input prompts."""
    return dict(user=user, req=req, say=say, re=re, end=end, card=card, play=play, stop_audio=stop_audio,
                perm_card=perm_card, slots=slots or {}, g_scene=g_scene, g_next=g_next, g_perm=g_perm,
                noinput=noinput)


def R(shape, path, sessions, start="2025-03-14T19:02:11"):
    """one recording: shape name, path inside the case (folder or file), list of sessions."""
    return dict(shape=shape, path=path, sessions=sessions, start=start)

# ----------------------------------------------------------------------------- ids


def _h(*parts, n=32):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


def _uuid(*parts):
    h = _h(*parts)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def skill_id(case):
    return "amzn1.ask.skill." + _uuid("skill", case["id"])


def _write(root, rel, text):
    p = os.path.join(root, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8") as f:
        f.write(text)


def _j(o, indent=2):
    return json.dumps(o, ensure_ascii=False, indent=indent)


def _y(o):
    return yaml.safe_dump(o, allow_unicode=True, sort_keys=False, width=1000)

# ----------------------------------------------------------------------------- Alexa package


BUILTIN = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent"]
AUDIO_BUILTIN = ["AMAZON.PauseIntent", "AMAZON.ResumeIntent", "AMAZON.NextIntent", "AMAZON.PreviousIntent"]


def alexa_package(root, c):
    locs = [c["locale"]] + c["extra_locales"]
    pub = {}
    for l in locs:
        pub[l] = {"summary": c.get("summary") or (c["desc"] or c["name"])[:160],
                  "examplePhrases": c.get("examples") or [f"Alexa, open {c['inv']}"],
                  "keywords": c.get("keywords", []),
                  "name": c["name"], "description": c["desc"] or c["name"],
                  "smallIconUri": f"https://cdn.example-voice.net/{_h(c['id'], n=8)}/icon-108.png",
                  "largeIconUri": f"https://cdn.example-voice.net/{_h(c['id'], n=8)}/icon-512.png"}
    priv = {"allowsPurchases": c["purchases"],
            "usesPersonalInfo": bool(c["personal"] if c["personal"] is not None else c["perms"]),
            "isChildDirected": c["child"], "isExportCompliant": True, "containsAds": False}
    if c["policy"]:
        priv["locales"] = {l: {"privacyPolicyUrl": c["policy"],
                               "termsOfUseUrl": c["policy"].rsplit("/", 1)[0] + "/terms"} for l in locs}
    custom = {"endpoint": {"uri": f"arn:aws:lambda:eu-west-1:{int(_h(c['id'], n=10), 16) % 10**12:012d}:function:{c['id'][4:]}"}}
    if c["audio"]:
        custom["interfaces"] = [{"type": "AUDIO_PLAYER"}]
    man = {"manifest": {"publishingInformation": {"locales": pub, "isAvailableWorldwide": False,
                                                   "testingInstructions": c.get("testing", "Open the skill and follow the prompts."),
                                                   "category": c["category"],
                                                   "distributionCountries": [l.split("-")[1] for l in locs]},
                        "apis": {"custom": custom}, "manifestVersion": "1.0",
                        "privacyAndCompliance": priv}}
    if c["perms"]:
        man["manifest"]["permissions"] = [{"name": p} for p in c["perms"]]
    _write(root, "skill-package/skill.json", _j(man))
    intents = []
    for it in c["intents"]:
        name, slots, samples = it
        intents.append({"name": name, "slots": [{"name": s, "type": t} for s, t in slots], "samples": samples})
    names = {i["name"] for i in intents}
    for b in BUILTIN + (AUDIO_BUILTIN if c["audio"] else []):
        if b not in names:
            intents.append({"name": b, "samples": []})
    types = [{"name": n, "values": [{"name": {"value": v}} for v in vals]} for n, vals in c["types"]]
    for l in locs:
        inv = c.get("inv_by_locale", {}).get(l, c["inv"])
        model = {"interactionModel": {"languageModel": {"invocationName": inv, "intents": intents, "types": types}}}
        _write(root, f"skill-package/interactionModels/custom/{l}.json", _j(model))
    _write(root, "ask-resources.json", _j({"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
        "skillMetadata": {"src": "./skill-package"},
        "code": {"default": {"src": "./lambda"}},
        "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler"}}}}}))
    if c["lambda_src"]:
        _write(root, c["lambda_src"][0], textwrap.dedent(c["lambda_src"][1]).lstrip())

# ----------------------------------------------------------------------------- Google projects


def builder_project(root, c):
    loc = c["locale"]
    lang = loc.split("-")[0]
    s = {"projectId": c["id"][4:], "defaultLocale": lang, "enabledRegions": [], "disabledRegions": [],
         "localizedSettings": {"displayName": c["name"], "pronunciation": c["inv"],
                               "shortDescription": (c["desc"] or c["name"])[:80], "fullDescription": c["desc"] or c["name"],
                               "developerName": c.get("developer", "Indie Voice Studio"),
                               "developerEmail": "dev@" + c["id"][4:] + ".example",
                               "sampleInvocations": c.get("examples") or [f"Talk to {c['inv']}"],
                               "smallLogoImage": "$resources.images.square",
                               "privacyPolicyUrl": c["policy"] or "",
                               "termsOfServiceUrl": (c["policy"].rsplit("/", 1)[0] + "/terms") if c["policy"] else ""},
         "category": c.get("g_category", "MUSIC_AND_AUDIO"), "usesTransactionsApi": False,
         "usesDigitalPurchaseApi": c["purchases"], "usesInteractiveCanvas": False, "usesHomeStorage": False,
         "designedForFamily": c["child"], "containsAlcoholOrTobaccoContent": False,
         "surfaceRequirements": {"minimumRequirements": [{"capability": "AUDIO_OUTPUT"}]}}
    _write(root, "sdk/settings/settings.yaml", _y(s))
    _write(root, "sdk/actions/actions.yaml", _y({"actions": {"actions.intent.MAIN": {"handler": {"webhookHandler": "main"}}}}))
    _write(root, "sdk/webhooks/ActionsOnGoogleFulfillment.yaml", _y({"httpsEndpoint": {"baseUrl": f"https://europe-west1-{c['id'][4:]}.cloudfunctions.net/fulfillment"}}))
    _write(root, "sdk/manifest.yaml", _y({"version": "1.0"}))
    for name, slots, samples in c["intents"]:
        tp = samples
        params = [{"name": s, "typeOverride" if False else "type": {"name": t}} for s, t in slots]
        d = {"trainingPhrases": tp}
        if params:
            d["parameters"] = params
        _write(root, f"sdk/custom/intents/{name}.yaml", _y(d))
    for n, vals in c["types"]:
        _write(root, f"sdk/custom/types/{n}.yaml", _y({"synonym": {"entities": {v.replace(' ', '_')[:30]: {"synonyms": [v]} for v in vals}, "matchType": "EXACT_MATCH"}}))
    for sc in c.get("scenes", []):
        _write(root, f"sdk/custom/scenes/{sc[0]}.yaml", _y(sc[1]))
    defined = {sc[0] for sc in c.get("scenes", [])}
    for rec in c["rec"]:
        for sess in rec["sessions"]:
            for t in sess:
                for nm in (t["g_scene"], t["g_next"]):
                    if nm and not nm.startswith("actions.scene.") and nm not in defined:
                        defined.add(nm)
                        _write(root, f"sdk/custom/scenes/{nm}.yaml", _y({"onEnter": {"webhookHandler": nm.lower()},
                                                                         "intentEvents": [{"intent": i[0], "handler": {"webhookHandler": i[0]}} for i in c["intents"]]}))
    for gi in c.get("global_intents", []):
        _write(root, f"sdk/custom/global/{gi[0]}.yaml", _y(gi[1]))


def sdkv2_project(root, c):
    loc = c["locale"]
    acts = []
    for name, slots, samples in c["intents"]:
        acts.append({"description": name, "name": name.replace("actions.intent.", "").upper() if name.startswith("actions.") else name,
                     "fulfillment": {"conversationName": c["id"][4:]},
                     "intent": {"name": name, "parameters": [{"name": s, "type": t} for s, t in slots],
                                "trigger": {"queryPatterns": samples}}})
    man = {"displayName": c["name"], "invocationName": c["inv"], "category": c.get("g_category", "MUSIC"),
           "shortDescription": (c["desc"] or c["name"])[:80], "longDescription": c["desc"] or c["name"],
           "companyName": c.get("developer", "Indie Voice Studio"), "contactEmail": "dev@" + c["id"][4:] + ".example",
           "sampleInvocation": c.get("examples") or [f"Talk to {c['inv']}"]}
    if c["policy"]:
        man["privacyUrl"] = c["policy"]
        man["termsOfServiceUrl"] = c["policy"].rsplit("/", 1)[0] + "/terms"
    pkg = {"manifest": man, "actions": acts, "locale": loc,
           "conversations": {c["id"][4:]: {"name": c["id"][4:], "url": f"https://{c['id'][4:]}.example-voice.net/v2/webhook",
                                         "fulfillmentApiVersion": 2}}}
    if c["types"]:
        pkg["types"] = [{"name": n, "entities": [{"key": v, "synonyms": [v]} for v in vals]} for n, vals in c["types"]]
    _write(root, "action.json", _j(pkg))


def dialogflow_project(root, c):
    lang = c["locale"].split("-")[0] if c["locale"] not in ("pt-BR",) else "pt-br"
    agent = {"description": c["desc"] or c["name"], "language": lang, "shortDescription": "", "examples": "",
             "linkToDocs": "", "displayName": c["name"], "disableInteractionLogs": False,
             "disableStackdriverLogs": True,
             "googleAssistant": {"googleAssistantCompatible": True, "project": c["id"][4:], "welcomeIntentSignInRequired": False,
                                 "startIntents": [], "systemIntents": [], "endIntentIds": [], "oAuthLinking": {"required": False},
                                 "voiceType": "VOICE_TYPE_UNSPECIFIED", "capabilities": [], "env": "", "protocolVersion": "V2",
                                 "autoPreviewEnabled": False, "isDeviceAgent": False, "invocationName": c["inv"]},
             "defaultTimezone": c.get("tz", "Europe/Paris"),
             "webhook": {"url": f"https://{c['id'][4:]}.example-voice.net/dialogflow", "username": "", "headers": {},
                         "available": True, "useForDomains": False, "cloudFunctionsEnabled": False, "cloudFunctionsInitialized": False},
             "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformApi": True,
             "onePlatformApiVersion": "v2apiV2", "analyzeQueryTextSentiment": False, "enabledKnowledgeBaseNames": [],
             "knowledgeServiceConfidenceAdjustment": 0.0, "dialogBuilderMode": False, "baseActionPackagesUrl": ""}
    if c["policy"]:
        agent["googleAssistant"]["privacyPolicyUrl"] = c["policy"]
    _write(root, "agent.json", _j(agent))
    _write(root, "package.json", _j({"version": "1.0.0"}))
    for name, slots, samples in c["intents"]:
        params = [{"id": _uuid(c["id"], name, s), "name": s, "required": False, "dataType": t, "value": "$" + s,
                   "isList": False} for s, t in slots]
        it = {"id": _uuid(c["id"], name), "name": name, "auto": True, "contexts": [],
              "responses": [{"resetContexts": False, "affectedContexts": [], "parameters": params, "messages": [],
                             "defaultResponsePlatforms": {}, "speech": []}],
              "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": name.lower().startswith("default fallback"),
              "events": [{"name": "WELCOME"}] if name.lower().startswith("default welcome") else []}
        _write(root, f"intents/{name}.json", _j(it))
        us = []
        slotmap = dict(slots)
        for k, smp in enumerate(samples):
            data = []
            # {slot} markers in samples become annotated parts
            rest = smp
            while "{" in rest:
                pre, _, after = rest.partition("{")
                s, _, rest = after.partition("}")
                if pre:
                    data.append({"text": pre, "userDefined": False})
                data.append({"text": c.get("df_examples", {}).get(s, s), "meta": slotmap.get(s, "@sys.any"), "alias": s, "userDefined": True})
            if rest:
                data.append({"text": rest, "userDefined": False})
            us.append({"id": _uuid(c["id"], name, k), "data": data, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
        if samples:
            _write(root, f"intents/{name}_usersays_{lang}.json", _j(us))
    for n, vals in c["types"]:
        _write(root, f"entities/{n}.json", _j({"id": _uuid(c["id"], n), "name": n, "isOverridable": True, "isEnum": False,
                                                "isRegexp": False, "automatedExpansion": False, "allowFuzzyExtraction": False}))
        _write(root, f"entities/{n}_entries_{lang}.json", _j([{"value": v, "synonyms": [v]} for v in vals]))

# ----------------------------------------------------------------------------- Alexa request / response


class Clock:
    def __init__(self, start):
        self.t = datetime.fromisoformat(start).replace(tzinfo=timezone.utc)

    def tick(self, s=7):
        self.t += timedelta(seconds=s)
        return self.t

    def iso(self):
        return self.t.strftime("%Y-%m-%dT%H:%M:%SZ")


def _speech(x):
    if x is None:
        return None
    if x.startswith("<speak>"):
        return {"type": "SSML", "ssml": x}
    return {"type": "PlainText", "text": x}


def alexa_response(t):
    r = {}
    if t["say"] is not None:
        r["outputSpeech"] = _speech(t["say"])
    if t["card"]:
        if t["card"] == "perm":
            pass
        else:
            r["card"] = {"type": "Simple", "title": t["card"][0], "content": t["card"][1]}
    if t["perm_card"]:
        r["card"] = {"type": "AskForPermissionsConsent", "permissions": t["perm_card"]}
    if t["re"] is not None:
        r["reprompt"] = {"outputSpeech": _speech(t["re"])}
    if t["play"]:
        r["directives"] = [{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL",
                            "audioItem": {"stream": {"url": t["play"][0], "token": t["play"][1], "offsetInMilliseconds": 0}}}]
    if t["stop_audio"]:
        r["directives"] = [{"type": "AudioPlayer.Stop"}]
    if t["end"] is not None:
        r["shouldEndSession"] = t["end"]
    return {"version": "1.0", "sessionAttributes": {}, "userAgent": "ask-node/2.14.0 Node/v18.19.0", "response": r}


def alexa_sessions(c, rec):
    """yield (turn, request_envelope, response_envelope, clock_time) for every turn."""
    clock = Clock(rec["start"])
    sid_base = rec["path"]
    user = "amzn1.ask.account." + _h("user", c["id"], n=40).upper()
    device = "amzn1.ask.device." + _h("dev", c["id"], n=40).upper()
    out = []
    for si, sess in enumerate(rec["sessions"]):
        sid = "amzn1.echo-api.session." + _uuid(c["id"], sid_base, si)
        clock.tick(3600 * 3 if si else 0)
        for ti, t in enumerate(sess):
            clock.tick(6 + 3 * ti)
            rid = "amzn1.echo-api.request." + _uuid(c["id"], sid_base, si, ti)
            req = t["req"]
            if req == "launch":
                r = {"type": "LaunchRequest"}
            elif req == "end":
                r = {"type": "SessionEndedRequest", "reason": "USER_INITIATED"}
            elif req.startswith("AudioPlayer.") or req.startswith("PlaybackController."):
                r = {"type": req, "token": t["play"][1] if t["play"] else "track-" + _h(c["id"], ti, n=6),
                     "offsetInMilliseconds": 0 if "Started" in req else 184000}
            else:
                r = {"type": "IntentRequest", "dialogState": "STARTED" if False else None,
                     "intent": {"name": req, "confirmationStatus": "NONE",
                                "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE", "source": "USER"} for k, v in t["slots"].items()}}}
                r.pop("dialogState")
                if not t["slots"]:
                    r["intent"].pop("slots")
            r["requestId"] = rid
            r["locale"] = c["locale"]
            r["timestamp"] = clock.iso()
            env = {"version": "1.0"}
            audio_evt = r["type"].startswith("AudioPlayer.") or r["type"].startswith("PlaybackController.")
            if not audio_evt:
                env["session"] = {"new": ti == 0, "sessionId": sid, "application": {"applicationId": skill_id(c)},
                                  "user": {"userId": user}}
                if ti:
                    env["session"]["attributes"] = {}
            sysctx = {"application": {"applicationId": skill_id(c)}, "user": {"userId": user},
                      "device": {"deviceId": device, "supportedInterfaces": {"AudioPlayer": {}} if c["audio"] else {}},
                      "apiEndpoint": "https://api.eu.amazonalexa.com", "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}
            env["context"] = {"System": sysctx}
            if c["audio"]:
                env["context"]["AudioPlayer"] = {"playerActivity": "PLAYING" if audio_evt else "IDLE"}
            env["request"] = r
            out.append((t, env, alexa_response(t), clock.t, si, ti, sid))
    return out

# ----------------------------------------------------------------------------- Alexa shapes


def sh_envelope(root, c, rec):
    for k, (t, req, resp, ts, si, ti, sid) in enumerate(alexa_sessions(c, rec)):
        name = rec.get("name_fmt", "{n:02d}-{intent}.json").format(n=k + 1, intent=req["request"].get("intent", {}).get("name", req["request"]["type"]).replace("AMAZON.", "").replace(".", "_"))
        _write(root, os.path.join(rec["path"], name), _j(resp))


def sh_pairs_jsonl(root, c, rec):
    lines = [json.dumps({"request": req, "response": resp}, ensure_ascii=False) for t, req, resp, *_ in alexa_sessions(c, rec)]
    _write(root, rec["path"], "\n".join(lines) + "\n")


def sh_pairs_array(root, c, rec):
    _write(root, rec["path"], _j([{"request": req, "response": resp} for t, req, resp, *_ in alexa_sessions(c, rec)]))


def _caption(resp):
    sp = resp["response"].get("outputSpeech")
    if not sp:
        return ""
    txt = sp.get("text") or sp.get("ssml", "")
    import re as _re
    return _re.sub(r"<[^>]+>", "", txt).strip()


def sh_smapi_simulation(root, c, rec):
    items = []
    for k, (t, req, resp, *_r) in enumerate(alexa_sessions(c, rec)):
        sim = {"id": _uuid(c["id"], rec["path"], "sim", k), "status": "SUCCESSFUL",
               "result": {"alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": _caption(resp)}}],
                                                 "consideredIntents": [{"name": req["request"].get("intent", {}).get("name", req["request"]["type"]), "confirmationStatus": "NONE"}]},
                          "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": c_endpoint(c), "body": req},
                                                                  "invocationResponse": {"body": resp},
                                                                  "metrics": {"skillExecutionTimeInMilliseconds": 60 + 7 * k}}]}}}
        items.append(sim)
    if rec.get("single"):
        _write(root, rec["path"], _j(items))
    else:
        for k, s in enumerate(items):
            _write(root, os.path.join(rec["path"], rec.get("name_fmt", "simulation-{n}.json").format(n=k + 1)), _j(s))


def c_endpoint(c):
    return f"arn:aws:lambda:eu-west-1:{int(_h(c['id'], n=10), 16) % 10**12:012d}:function:{c['id'][4:]}"


def sh_smapi_invocation(root, c, rec):
    for k, (t, req, resp, *_r) in enumerate(alexa_sessions(c, rec)):
        o = {"id": _uuid(c["id"], rec["path"], "inv", k), "status": "SUCCESSFUL",
             "result": {"skillExecutionInfo": {"invocationRequest": {"endpoint": c_endpoint(c), "body": req},
                                               "invocationResponse": {"body": resp},
                                               "metrics": {"skillExecutionTimeInMilliseconds": 90 + k}}, "error": None}}
        _write(root, os.path.join(rec["path"], rec.get("name_fmt", "invoke-{n:02d}.json").format(n=k + 1)), _j(o))


def sh_ask_dialog(root, c, rec):
    turns = alexa_sessions(c, rec)
    replay = {"skillId": skill_id(c), "locale": c["locale"], "type": "text",
              "userInput": [t["user"] for t, *_ in turns if t["user"]]}
    _write(root, os.path.join(rec["path"], rec.get("replay", "dialog-replay.json")), _j(replay))
    if rec.get("text"):
        lines = []
        for t, req, resp, *_ in turns:
            if t["user"]:
                lines.append(f"User  > {t['user']}")
            cap = _caption(resp)
            lines.append(f"Alexa > {cap}")
            if resp["response"].get("shouldEndSession") is False or ("reprompt" in resp["response"] and "shouldEndSession" not in resp["response"]):
                lines.append("")
        _write(root, os.path.join(rec["path"], rec.get("out", "dialog-output.txt")), "\n".join(lines) + "\n")
    else:
        out = []
        for t, req, resp, *_ in turns:
            out.append({"utterance": t["user"] or "", "invocations": [{"invocationRequest": {"endpoint": c_endpoint(c), "body": req},
                                                                       "invocationResponse": {"body": resp}}]})
        _write(root, os.path.join(rec["path"], rec.get("out", "dialog-output.json")), _j(out))


def sh_cloudwatch_text(root, c, rec):
    kw = rec.get("kw", ("Request: ", "Response: "))
    py = rec.get("python", False)
    lines = []
    for t, req, resp, ts, si, ti, sid in alexa_sessions(c, rec):
        rid = _uuid(c["id"], "lambda", si, ti)
        st = ts.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
        lines.append(f"START RequestId: {rid} Version: $LATEST")
        if py:
            lines.append(f"[INFO]\t{st}\t{rid}\t{kw[0]}{json.dumps(req, ensure_ascii=False)}")
            lines.append(f"[INFO]\t{st}\t{rid}\t{kw[1]}{json.dumps(resp, ensure_ascii=False)}")
        else:
            lines.append(f"{st}\t{rid}\tINFO\t{kw[0]}{json.dumps(req, ensure_ascii=False)}")
            lines.append(f"{st}\t{rid}\tINFO\t{kw[1]}{json.dumps(resp, ensure_ascii=False)}")
        lines.append(f"END RequestId: {rid}")
        lines.append(f"REPORT RequestId: {rid}\tDuration: {41 + ti * 3}.{ti}7 ms\tBilled Duration: {42 + ti * 3} ms\tMemory Size: 256 MB\tMax Memory Used: 88 MB")
    _write(root, rec["path"], "\n".join(lines) + "\n")


def sh_cloudwatch_json(root, c, rec):
    ev = []
    for t, req, resp, ts, si, ti, sid in alexa_sessions(c, rec):
        rid = _uuid(c["id"], "lambda", si, ti)
        ms = int(ts.timestamp() * 1000)
        st = ts.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
        stream = ts.strftime("%Y/%m/%d") + "/[$LATEST]" + _h(c["id"], si, n=32)
        for k, m in enumerate([f"START RequestId: {rid} Version: $LATEST\n",
                               f"{st}\t{rid}\tINFO\tRequest: {json.dumps(req, ensure_ascii=False)}\n",
                               f"{st}\t{rid}\tINFO\tResponse: {json.dumps(resp, ensure_ascii=False)}\n",
                               f"END RequestId: {rid}\n"]):
            ev.append({"logStreamName": stream, "timestamp": ms + k, "message": m, "ingestionTime": ms + 900, "eventId": str(int(_h(rid, k, n=15), 16))})
    _write(root, rec["path"], _j({"events": ev, "searchedLogStreams": []}))


def _har_entry(ts, url, req_text, resp_text, ms=120):
    return {"startedDateTime": ts.strftime("%Y-%m-%dT%H:%M:%S.000Z"), "time": ms,
            "request": {"method": "POST", "url": url, "httpVersion": "HTTP/1.1",
                        "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"},
                                    {"name": "Signature-256", "value": "REDACTED"}],
                        "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(req_text.encode()),
                        "postData": {"mimeType": "application/json; charset=utf-8", "text": req_text}},
            "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                         "headers": [{"name": "Content-Type", "value": "application/json"}], "cookies": [],
                         "content": {"size": len(resp_text.encode()), "mimeType": "application/json", "text": resp_text},
                         "redirectURL": "", "headersSize": -1, "bodySize": len(resp_text.encode())},
            "cache": {}, "timings": {"send": 1, "wait": ms - 3, "receive": 2}}


def _har(entries, creator="Charles Proxy"):
    return {"log": {"version": "1.2", "creator": {"name": creator, "version": "4.6.6"}, "pages": [], "entries": entries}}


def sh_har(root, c, rec):
    url = rec.get("url", f"https://{c['id'][4:]}.example-voice.net/alexa")
    if c["platform"] != "alexa":
        es = [_har_entry(ts, url, json.dumps(rq, ensure_ascii=False), json.dumps(rs, ensure_ascii=False)) for rq, rs, ts in google_pairs(c, rec)]
    else:
        es = [_har_entry(ts, url, json.dumps(req, ensure_ascii=False), json.dumps(resp, ensure_ascii=False)) for t, req, resp, ts, *_ in alexa_sessions(c, rec)]
    _write(root, rec["path"], _j(_har(es, rec.get("creator", "Firefox"))))


def sh_transcript(root, c, rec):
    lines = [f"# QA transcript - {c['name']} ({c['locale']})", ""]
    who = "SKILL" if c["platform"] == "alexa" else "ACTION"
    if c["platform"] != "alexa":
        for rq, rs, ts, t in google_pairs(c, rec, with_turn=True):
            st = ts.strftime("%Y-%m-%d %H:%M:%S")
            if t["user"]:
                lines.append(f"[{st}] USER: {t['user']}")
            lines.append(f"[{st}] {who}: {_strip(t['say'] or '')}")
            if t["noinput"]:
                for p in t["noinput"]:
                    lines.append(f"[{st}] {who} (no-input): {_strip(p)!r}")
            lines.append(f"[{st}] session_open={'true' if _g_open(t) else 'false'}")
        _write(root, rec["path"], "\n".join(lines) + "\n")
        return
    for t, req, resp, ts, si, ti, sid in alexa_sessions(c, rec):
        st = ts.strftime("%Y-%m-%d %H:%M:%S")
        if ti == 0:
            lines.append(f"--- session {sid[-12:]} ---")
        if t["user"]:
            lines.append(f"[{st}] USER: {t['user']}")
        elif t["req"].startswith("AudioPlayer"):
            lines.append(f"[{st}] DEVICE: {t['req']}")
        lines.append(f"[{st}] SKILL: {_strip(t['say'] or '')}")
        if t["re"] is not None:
            lines.append(f"[{st}] SKILL (reprompt): {json.dumps(t['re'], ensure_ascii=False)}")
        r = resp["response"]
        op = r.get("shouldEndSession") is False or ("shouldEndSession" not in r and "reprompt" in r)
        lines.append(f"[{st}] session_open={'true' if op else 'false'}")
    _write(root, rec["path"], "\n".join(lines) + "\n")


def _strip(s):
    import re as _re
    return _re.sub(r"<[^>]+>", "", s).strip() if s else ""

# ----------------------------------------------------------------------------- new shapes of set 72


def sh_audioplayer_log(root, c, rec):
    """media session log: one line per device/user event and one per reply, as written by a
    streaming skill's own logger (winston-style)."""
    lines = []
    for t, req, resp, ts, si, ti, sid in alexa_sessions(c, rec):
        st = ts.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
        r = req["request"]
        if r["type"] == "IntentRequest":
            ev = f"IntentRequest intent={r['intent']['name']} slots={json.dumps({k: v['value'] for k, v in r['intent'].get('slots', {}).items()}, ensure_ascii=False)}"
        elif r["type"].startswith("AudioPlayer") or r["type"].startswith("PlaybackController"):
            ev = f"{r['type']} token={r['token']} offsetMs={r['offsetInMilliseconds']}"
        else:
            ev = r["type"]
        lines.append(f"{st} info  [media-session] session={sid if 'session' in req else '-'} device={req['context']['System']['device']['deviceId'][-10:]} event={ev}")
        lines.append(f"{st} info  [media-session] reply {json.dumps(resp, ensure_ascii=False)}")
    _write(root, rec["path"], "\n".join(lines) + "\n")


def sh_playlist_m3u(root, c, rec):
    """extended M3U export of a play queue; interstitial prompts are carried as #EXTVOICE-* tags."""
    pl = rec["playlist"]
    lines = ["#EXTM3U", f"#PLAYLIST:{pl['title']}", f"#EXTVOICE-SKILL:{skill_id(c)}", f"#EXTVOICE-LOCALE:{c['locale']}"]
    for it in pl["items"]:
        if it[0] == "track":
            _, secs, title, url = it
            lines += [f"#EXTINF:{secs},{title}", url]
        else:
            t = it[1]
            lines.append(f"#EXTVOICE-PROMPT:{json.dumps(alexa_response(t)['response'], ensure_ascii=False)}")
            lines += [f"#EXTINF:-1,{it[2]}", it[3]]
    _write(root, rec["path"], "\n".join(lines) + "\n")


def sh_playlist_json(root, c, rec):
    pl = rec["playlist"]
    items = []
    for k, it in enumerate(pl["items"]):
        if it[0] == "track":
            _, secs, title, url = it
            items.append({"position": k + 1, "kind": "track", "title": title, "durationMs": secs * 1000,
                          "stream": {"url": url, "token": "q-" + _h(c["id"], k, n=8)}})
        else:
            items.append({"position": k + 1, "kind": "interstitial", "title": it[2], "stream": {"url": it[3], "token": "i-" + _h(c["id"], k, n=8)},
                          "response": alexa_response(it[1])})
    _write(root, rec["path"], _j({"exportedAt": rec["start"] + "Z", "skillId": skill_id(c), "locale": c["locale"],
                                  "playlist": {"id": _h(c["id"], "pl", n=12), "title": pl["title"], "items": items}}))


def sh_junit_xml(root, c, rec):
    """JUnit XML report of an integration test run (jest-junit / pytest); every test case prints the
    request and response it exchanged with the skill into <system-out>."""
    from xml.sax.saxutils import quoteattr
    cases = []
    turns = alexa_sessions(c, rec)
    for k, (t, req, resp, ts, si, ti, sid) in enumerate(turns):
        name = rec.get("test_names", {}).get(k, f"turn {k + 1}: {t['user'] or t['req']}")
        body = "REQUEST " + json.dumps(req, ensure_ascii=False) + "\nRESPONSE " + json.dumps(resp, ensure_ascii=False)
        cases.append(f'    <testcase classname={quoteattr(c["id"][4:] + ".conversation")} name={quoteattr(name)} time="0.{40 + k}">\n'
                     f"      <system-out><![CDATA[{body}]]></system-out>\n    </testcase>")
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           f'<testsuites name="skill integration" tests="{len(cases)}" failures="0" errors="0" time="{len(cases) * 0.5:.2f}">\n'
           f'  <testsuite name={quoteattr(c["name"])} timestamp="{rec["start"]}" tests="{len(cases)}" failures="0" skipped="0">\n'
           + "\n".join(cases) + "\n  </testsuite>\n</testsuites>\n")
    _write(root, rec["path"], xml)


def sh_charles_session(root, c, rec):
    """Charles Proxy JSON session export (.chlsj)."""
    host = rec.get("host", f"{c['id'][4:]}.example-voice.net")
    pth = rec.get("url_path", "/alexa" if c["platform"] == "alexa" else "/webhook")
    if c["platform"] == "alexa":
        pairs = [(req, resp, ts) for t, req, resp, ts, *_ in alexa_sessions(c, rec)]
    else:
        pairs = google_pairs(c, rec)
    out = []
    for k, (rq, rs, ts) in enumerate(pairs):
        qt, st = json.dumps(rq, ensure_ascii=False), json.dumps(rs, ensure_ascii=False)
        ms = int(ts.timestamp() * 1000)
        out.append({"status": "COMPLETE", "method": "POST", "protocolVersion": "HTTP/1.1", "scheme": "https", "host": host,
                    "actualPort": 443, "path": pth, "query": None, "tunnel": False, "keptAlive": True, "webSocket": False,
                    "remoteAddress": f"{host}/52.28.{k + 10}.{40 + k}", "clientAddress": "/127.0.0.1", "clientPort": 53110 + k,
                    "times": {"start": ts.strftime("%Y-%m-%dT%H:%M:%S.000+00:00"), "end": ts.strftime("%Y-%m-%dT%H:%M:%S.180+00:00")},
                    "durations": {"total": 180, "dns": 0, "connect": 0, "ssl": 0, "request": 1, "response": 2, "latency": 177},
                    "speeds": {"overall": 4000, "request": 9000, "response": 6000}, "totalSize": len(qt) + len(st),
                    "request": {"sizes": {"headers": 210, "body": len(qt.encode())}, "mimeType": "application/json", "charset": "utf-8",
                                "contentEncoding": None, "header": {"firstLine": f"POST {pth} HTTP/1.1",
                                                                      "headers": [{"name": "host", "value": host}, {"name": "content-type", "value": "application/json; charset=utf-8"}]},
                                "body": {"text": qt, "charset": "utf-8"}},
                    "response": {"status": 200, "sizes": {"headers": 140, "body": len(st.encode())}, "mimeType": "application/json", "charset": "utf-8",
                                 "contentEncoding": None, "header": {"firstLine": "HTTP/1.1 200 OK", "headers": [{"name": "content-type", "value": "application/json"}]},
                                 "body": {"text": st, "charset": "utf-8"}}})
    _write(root, rec["path"], _j(out))


def sh_notebook(root, c, rec):
    """Jupyter notebook of a researcher replaying the skill through a local handler; each code cell's
    output carries the request sent and the response received as application/json."""
    cells = [{"cell_type": "markdown", "metadata": {}, "source": [f"# {c['name']} - replay\n", rec.get("note", "Local replay of the skill handler.") + "\n"]},
             {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
              "source": ["import json\n", "from replay import invoke, launch, intent  # thin wrapper around the Lambda handler\n"]}]
    n = 2
    for t, req, resp, ts, si, ti, sid in alexa_sessions(c, rec):
        r = req["request"]
        call = "launch()" if r["type"] == "LaunchRequest" else (f"intent({r['intent']['name']!r}, {json.dumps({k: v['value'] for k, v in r['intent'].get('slots', {}).items()}, ensure_ascii=False)})" if r["type"] == "IntentRequest" else f"event({r['type']!r})")
        cells.append({"cell_type": "code", "execution_count": n, "metadata": {},
                      "source": [f"# {t['user'] or r['type']}\n", f"req, resp = {call}\n", "resp"],
                      "outputs": [{"output_type": "execute_result", "execution_count": n, "metadata": {},
                                   "data": {"application/json": {"request": req, "response": resp},
                                            "text/plain": [json.dumps(resp, ensure_ascii=False)]}}]})
        n += 1
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                       "language_info": {"name": "python", "version": "3.11.6"}}, "nbformat": 4, "nbformat_minor": 5}
    _write(root, rec["path"], _j(nb, indent=1))

# ----------------------------------------------------------------------------- Google conversations


def _g_open(t):
    return t["end"] is not True


def google_pairs(c, rec, with_turn=False):
    clock = Clock(rec["start"])
    out = []
    lang = c["locale"]
    for si, sess in enumerate(rec["sessions"]):
        conv = _h(c["id"], rec["path"], si, n=20).upper()
        clock.tick(3600 * 2 if si else 0)
        for ti, t in enumerate(sess):
            clock.tick(5 + 2 * ti)
            if c["platform"] == "sdkv2":
                rq, rs = _v2_pair(c, t, conv, ti, lang)
            elif c["platform"] == "dialogflow":
                rq, rs = _df_pair(c, t, conv, ti, lang)
            else:
                rq, rs = _scene_pair(c, t, conv, ti, lang)
            out.append((rq, rs, clock.t, t) if with_turn else (rq, rs, clock.t))
    return out


def _simple(x):
    if x is None:
        return None
    d = {"textToSpeech": x}
    if not x.startswith("<speak>"):
        d["displayText"] = x
    return d


def _v2_pair(c, t, conv, ti, lang):
    intent = "actions.intent.MAIN" if t["req"] == "launch" else t["req"]
    inp = {"intent": intent, "rawInputs": [{"inputType": "VOICE", "query": t["user"] or ""}]}
    args = [{"name": k, "rawText": v, "textValue": v} for k, v in t["slots"].items()]
    if intent == "actions.intent.TEXT":
        args = [{"name": "text", "rawText": t["user"], "textValue": t["user"]}]
    if args:
        inp["arguments"] = args
    rq = {"user": {"locale": lang, "lastSeen": "2025-03-01T10:00:00Z", "userVerificationStatus": "VERIFIED"},
          "conversation": {"conversationId": conv, "type": "NEW" if ti == 0 else "ACTIVE", **({"conversationToken": "[]"} if ti else {})},
          "inputs": [inp], "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
          "isInSandbox": True, "availableSurfaces": [], "requestType": "SIMULATOR"}
    items = [{"simpleResponse": _simple(t["say"])}] if t["say"] is not None else []
    if t["play"]:
        items.append({"mediaResponse": {"mediaType": "AUDIO", "mediaObjects": [{"name": t["play"][1], "contentUrl": t["play"][0]}]}})
    if t["card"]:
        items.append({"basicCard": {"title": t["card"][0], "formattedText": t["card"][1]}})
    if t["end"] is True:
        rs = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": items}}}
    else:
        ip = {"richInitialPrompt": {"items": items}}
        if t["noinput"]:
            ip["noInputPrompts"] = [_simple(p) for p in t["noinput"]]
        if t["g_perm"]:
            pi = [{"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                                                                              "optContext": t["g_perm"][0], "permissions": t["g_perm"][1]}}]
        else:
            pi = [{"intent": "actions.intent.TEXT"}]
        rs = {"expectUserResponse": True, "expectedInputs": [{"inputPrompt": ip, "possibleIntents": pi}]}
    rs["conversationToken"] = "[]"
    return rq, rs


def _df_pair(c, t, conv, ti, lang):
    proj = c["id"][4:]
    intent = "Default Welcome Intent" if t["req"] == "launch" else t["req"]
    v2rq, _ = _v2_pair(c, t, conv, ti, lang)
    rq = {"responseId": _uuid(c["id"], conv, ti) + "-" + _h(conv, ti, n=8),
          "session": f"projects/{proj}/agent/sessions/{conv}",
          "queryResult": {"queryText": t["user"] or "GOOGLE_ASSISTANT_WELCOME", "parameters": dict(t["slots"]),
                          "allRequiredParamsPresent": True, "fulfillmentMessages": [{"text": {"text": [""]}}],
                          "outputContexts": [{"name": f"projects/{proj}/agent/sessions/{conv}/contexts/actions_capability_audio_output"}],
                          "intent": {"name": f"projects/{proj}/agent/intents/{_uuid(c['id'], intent)}", "displayName": intent},
                          "intentDetectionConfidence": 1, "languageCode": lang.lower() if lang != "pt-BR" else "pt-br"},
          "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": v2rq}}
    items = [{"simpleResponse": _simple(t["say"])}] if t["say"] is not None else []
    if t["play"]:
        items.append({"mediaResponse": {"mediaType": "AUDIO", "mediaObjects": [{"name": t["play"][1], "contentUrl": t["play"][0]}]}})
    if t["card"]:
        items.append({"basicCard": {"title": t["card"][0], "formattedText": t["card"][1]}})
    g = {"expectUserResponse": t["end"] is not True, "richResponse": {"items": items}}
    if t["noinput"]:
        g["noInputPrompts"] = [_simple(p) for p in t["noinput"]]
    if t["g_perm"]:
        g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                                                                              "optContext": t["g_perm"][0], "permissions": t["g_perm"][1]}}
    rs = {"payload": {"google": g}, "fulfillmentText": _strip(t["say"] or "")}
    return rq, rs


def _scene_pair(c, t, conv, ti, lang):
    scene = t["g_scene"] or ("actions.scene.START_CONVERSATION" if t["req"] == "launch" else "Playing")
    intent = "actions.intent.MAIN" if t["req"] == "launch" else t["req"]
    rq = {"handler": {"name": t.get("handler") or (intent.split(".")[-1].lower() if intent.startswith("actions.") else intent)},
          "intent": {"name": intent, "params": {k: {"original": v, "resolved": v} for k, v in t["slots"].items()}, "query": t["user"] or ""},
          "scene": {"name": scene, "slotFillingStatus": "UNSPECIFIED", "slots": {}},
          "session": {"id": conv, "params": {}, "typeOverrides": [], "languageCode": ""},
          "user": {"locale": lang, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                   "verificationStatus": "VERIFIED", "packageEntitlements": [], "gaiamint": "", "permissions": [], "lastSeenTime": "2025-03-01T10:00:00Z"},
          "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"], "timeZone": {"id": c.get("tz", "Europe/Berlin")}}}
    rs = {"session": {"id": conv, "params": {}}, "prompt": {"override": False}}
    if t["say"] is not None:
        rs["prompt"]["firstSimple"] = {"speech": t["say"], "text": _strip(t["say"])}
    if t["play"]:
        rs["prompt"]["content"] = {"media": {"mediaType": "AUDIO", "mediaObjects": [{"name": t["play"][1], "url": t["play"][0]}], "optionalMediaControls": ["PAUSED", "STOPPED"]}}
    if t["card"]:
        rs["prompt"]["content"] = {"card": {"title": t["card"][0], "text": t["card"][1]}}
    if t["end"] is True:
        rs["scene"] = {"name": scene, "slots": {}, "next": {"name": "actions.scene.END_CONVERSATION"}}
    elif t["g_next"]:
        rs["scene"] = {"name": scene, "slots": {}, "next": {"name": t["g_next"]}}
    return rq, rs


def sh_gactions_conversation(root, c, rec):
    pairs = google_pairs(c, rec)
    if rec["path"].endswith(".jsonl"):
        _write(root, rec["path"], "\n".join(json.dumps({"request": a, "response": b}, ensure_ascii=False) for a, b, _ in pairs) + "\n")
    else:
        for k, (a, b, _) in enumerate(pairs):
            _write(root, os.path.join(rec["path"], f"turn-{k + 1:02d}-request.json"), _j(a))
            _write(root, os.path.join(rec["path"], f"turn-{k + 1:02d}-response.json"), _j(b))


sh_dialogflow_webhook = sh_gactions_conversation
sh_gactions_scene = sh_gactions_conversation

SHAPES = {"envelope": sh_envelope, "pairs-jsonl": sh_pairs_jsonl, "pairs-array": sh_pairs_array,
          "smapi-simulation": sh_smapi_simulation, "smapi-invocation": sh_smapi_invocation, "ask-dialog": sh_ask_dialog,
          "cloudwatch-text": sh_cloudwatch_text, "cloudwatch-json": sh_cloudwatch_json, "har": sh_har,
          "transcript": sh_transcript, "audioplayer-log": sh_audioplayer_log, "playlist-m3u": sh_playlist_m3u,
          "playlist-json": sh_playlist_json, "junit-xml": sh_junit_xml, "charles-session": sh_charles_session,
          "notebook": sh_notebook, "gactions-conversation": sh_gactions_conversation,
          "dialogflow-webhook": sh_dialogflow_webhook, "gactions-scene": sh_gactions_scene}


def render_case(root, c):
    croot = os.path.join(root, c["id"])
    {"alexa": alexa_package, "builder": builder_project, "sdkv2": sdkv2_project, "dialogflow": dialogflow_project}[c["platform"]](croot, c)
    for rec in c["rec"]:
        SHAPES[rec["shape"]](croot, c, rec)
    for rel, txt in c["files"].items():
        _write(croot, rel, txt)
    return sorted({r["shape"] for r in c["rec"]})

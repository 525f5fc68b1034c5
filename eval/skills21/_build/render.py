"""Renderer: turns the hand-written case descriptions in cases_*.py into skill projects and recordings."""
import json, os, uuid, hashlib, csv, io, datetime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PERM = {"email": "alexa::profile:email:read", "name": "alexa::profile:name:read",
        "given_name": "alexa::profile:given_name:read", "phone": "alexa::profile:mobile_number:read",
        "address": "alexa::devices:all:address:full:read", "postal": "alexa:devices:all:address:country_and_postal_code:read",
        "location": "alexa::devices:all:geolocation:read", "lists_read": "alexa::household:lists:read",
        "lists_write": "alexa::household:lists:write", "reminders": "alexa::alerts:reminders:skill:readwrite",
        "person_name": "alexa::person_id:read"}

def h(*a):
    return hashlib.md5("|".join(map(str, a)).encode()).hexdigest()

def uid(*a):
    x = h(*a); return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}"

def W(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        if isinstance(data, str): f.write(data)
        else: json.dump(data, f, ensure_ascii=False, indent=2)

# ---------------------------------------------------------------- packages
def skill_json(c):
    loc = c["loc"]; locs = c.get("locales", [loc])
    pub = {}
    for l in locs:
        pub[l] = {"summary": c.get("desc", c["name"]), "examplePhrases": c.get("examples", [f"Alexa, open {c['inv']}"]),
                  "name": c["name"], "description": c.get("desc", c["name"]), "keywords": c.get("keywords", []),
                  "smallIconUri": "https://example.invalid/icon-108.png", "largeIconUri": "https://example.invalid/icon-512.png"}
    priv = {"allowsPurchases": False, "usesPersonalInfo": bool(c.get("perms")) or c.get("personal", False),
            "isChildDirected": c.get("kids", False), "isExportCompliant": True, "containsAds": False}
    if c.get("policy"):
        priv["locales"] = {l: {"privacyPolicyUrl": c["policy"], "termsOfUseUrl": c["policy"].rsplit("/", 1)[0] + "/terms"} for l in locs}
    m = {"manifest": {"publishingInformation": {"locales": pub, "isAvailableWorldwide": False,
          "distributionCountries": c.get("countries", [loc.split("-")[1]]), "category": c.get("category", "GAMES"),
          "testingInstructions": c.get("testing", "Open the skill and follow the prompts.")},
          "apis": {"custom": {"endpoint": {"uri": c.get("endpoint", f"arn:aws:lambda:eu-west-1:000000000000:function:{c['slug']}")}}},
          "manifestVersion": "1.0", "privacyAndCompliance": priv}}
    if c.get("perms"):
        m["manifest"]["permissions"] = [{"name": PERM.get(p, p)} for p in c["perms"]]
    if c.get("audio"):
        m["manifest"]["apis"]["custom"]["interfaces"] = [{"type": "AUDIO_PLAYER"}]
    return m

BUILTIN = ["AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent"]

def model(c, inv=None):
    intents = []
    for it in c.get("intents", []):
        name, samples = it[0], it[1]
        slots = it[2] if len(it) > 2 else {}
        intents.append({"name": name, "slots": [{"name": k, "type": v} for k, v in slots.items()], "samples": samples})
    for b in BUILTIN:
        if not any(i["name"] == b for i in intents): intents.append({"name": b, "samples": []})
    types = [{"name": t, "values": [{"name": {"value": v}} for v in vals]} for t, vals in c.get("types", {}).items()]
    return {"interactionModel": {"languageModel": {"invocationName": inv or c["inv"], "intents": intents, "types": types}}}

def alexa_package(c, d):
    W(f"{d}/skill-package/skill.json", skill_json(c))
    for l in c.get("locales", [c["loc"]]):
        W(f"{d}/skill-package/interactionModels/custom/{l}.json", model(c, c.get("inv_by_loc", {}).get(l)))
    W(f"{d}/ask-resources.json", {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {"skillMetadata": {"src": "./skill-package"},
        "code": {"default": {"src": "./lambda"}}, "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler"}}}}})
    if c.get("code"):
        W(f"{d}/lambda/index.js", c["code"])

def yaml_list(xs, ind="  "):
    return "".join(f"{ind}- {json.dumps(x, ensure_ascii=False)}\n" for x in xs)

def google_package(c, d):
    k = c["kind"]; loc = c["loc"]; lang = loc.split("-")[0]
    if k == "builder":
        W(f"{d}/sdk/settings/settings.yaml", f"defaultLocale: {lang}\nlocalizedSettings:\n  displayName: {json.dumps(c['name'], ensure_ascii=False)}\n  pronunciation: {json.dumps(c['inv'], ensure_ascii=False)}\n  shortDescription: {json.dumps(c.get('desc',''), ensure_ascii=False)}\n" + (f"  privacyPolicyUrl: {c['policy']}\n" if c.get("policy") else "") + f"projectId: {c['slug']}\ncategory: {c.get('gcategory','GAMES_AND_TRIVIA')}\nusesTransactionsApi: false\n")
        W(f"{d}/sdk/manifest.yaml", "version: \"1.0\"\n")
        for it in c.get("intents", []):
            name, samples = it[0], it[1]; slots = it[2] if len(it) > 2 else {}
            y = ""
            if slots:
                y += "parameters:\n" + "".join(f"- name: {s}\n  type:\n    name: {t}\n" for s, t in slots.items())
            y += "trainingPhrases:\n" + yaml_list(samples, "- ")[0:0] + "".join(f"- {json.dumps(x, ensure_ascii=False)}\n" for x in samples)
            W(f"{d}/sdk/custom/intents/{name}.yaml", y)
        for t, vals in c.get("types", {}).items():
            W(f"{d}/sdk/custom/types/{t}.yaml", "synonym:\n  entities:\n" + "".join(f"    {h(v)[:6]}:\n      synonyms:\n      - {json.dumps(v, ensure_ascii=False)}\n" for v in vals) + "  matchType: EXACT_MATCH\n")
        for sname, body in c.get("scenes", {}).items():
            W(f"{d}/sdk/custom/scenes/{sname}.yaml", body)
        W(f"{d}/sdk/webhooks/ActionsOnGoogleFulfillment.yaml", "handlers:\n- name: main\ninlineCloudFunction:\n  executeFunction: ActionsOnGoogleFulfillment\n")
    elif k == "sdk":
        acts = [{"description": "Default Welcome Intent", "name": "MAIN", "fulfillment": {"conversationName": c["slug"]}, "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": [f"talk to {c['inv']}"]}}}]
        for it in c.get("intents", []):
            name, samples = it[0], it[1]; slots = it[2] if len(it) > 2 else {}
            acts.append({"name": name, "fulfillment": {"conversationName": c["slug"]}, "intent": {"name": name,
                         "parameters": [{"name": s, "type": t} for s, t in slots.items()], "trigger": {"queryPatterns": samples}}})
        a = {"locale": loc, "actions": acts, "conversations": {c["slug"]: {"name": c["slug"], "url": f"https://europe-west1-{c['slug']}.cloudfunctions.net/fulfillment"}},
             "manifest": {"displayName": c["name"], "invocationName": c["inv"], "category": c.get("gcategory", "GAMES_AND_TRIVIA")}}
        if c.get("policy"): a["manifest"]["privacyUrl"] = c["policy"]
        if c.get("types"):
            a["types"] = [{"name": t, "entities": [{"key": v, "synonyms": [v]} for v in vals]} for t, vals in c["types"].items()]
        W(f"{d}/action.json", a)
    elif k == "dialogflow":
        ag = {"description": c.get("desc", ""), "language": lang, "supportedLanguages": [], "webhook": {"available": True, "useForDomains": False},
              "googleAssistant": {"project": c["slug"], "oAuthLinking": {"required": False}, "voiceType": "FEMALE_1", "capabilities": [],
                                  "invocationName": c["inv"], "displayName": c["name"]}}
        if c.get("policy"): ag["googleAssistant"]["privacyPolicyUrl"] = c["policy"]
        W(f"{d}/agent.json", ag)
        W(f"{d}/package.json", {"version": "1.0.0"})
        for it in c.get("intents", []):
            name, samples = it[0], it[1]; slots = it[2] if len(it) > 2 else {}
            W(f"{d}/intents/{name}.json", {"id": uid(c['slug'], name), "name": name, "auto": True, "webhookUsed": True,
               "responses": [{"resetContexts": False, "parameters": [{"name": s, "dataType": t, "value": "$" + s, "isList": False} for s, t in slots.items()], "messages": []}]})
            us = []
            for s in samples:
                parts = []; rest = s
                # "{slot}" markers become entity parts
                import re
                for tok in re.split(r"(\{[^}]+\})", rest):
                    if not tok: continue
                    if tok.startswith("{"):
                        sl = tok[1:-1]; parts.append({"text": sl, "alias": sl, "meta": slots.get(sl, "@sys.any"), "userDefined": True})
                    else: parts.append({"text": tok, "userDefined": False})
                us.append({"id": uid(s), "data": parts, "isTemplate": False, "count": 0})
            W(f"{d}/intents/{name}_usersays_{lang}.json", us)
        for t, vals in c.get("types", {}).items():
            W(f"{d}/entities/{t}.json", {"name": t, "isOverridable": True, "isEnum": False})
            W(f"{d}/entities/{t}_entries_{lang}.json", [{"value": v, "synonyms": [v]} for v in vals])

# ---------------------------------------------------------------- turns
def parse_intent(s):
    # "Name slot=value; slot2=value"
    if " " not in s: return s, {}
    n, rest = s.split(" ", 1); sl = {}
    for p in rest.split(";"):
        if "=" in p:
            k, v = p.split("=", 1); sl[k.strip()] = v.strip()
    return n, sl

def ssml(t):
    if t is None: return None
    if t.startswith("PT:"): return {"type": "PlainText", "text": t[3:]}
    return {"type": "SSML", "ssml": t if t.startswith("<speak>") else f"<speak>{t}</speak>"}

def plain(t):
    if t is None: return ""
    import re
    return re.sub(r"<[^>]+>", "", t[3:] if t.startswith("PT:") else t)

def sessions(c, turns, date, tag=""):
    """turns: (user, intent, speech, reprompt, end[, extra_response_dict]) -> list of (req, resp, meta)"""
    out = []; sid = None; n = 0; loc = c["loc"]
    t0 = datetime.datetime.fromisoformat(date)
    app = "amzn1.ask.skill." + uid(c["slug"]); user = "amzn1.ask.account.AF" + h(c["slug"], "u")[:20].upper()
    for i, tr in enumerate(turns):
        u, it, sp, rp, end = tr[:5]; extra = tr[5] if len(tr) > 5 else None
        new = sid is None
        if new: sid = "amzn1.echo-api.session." + uid(c["slug"], date, tag, i)
        ts = (t0 + datetime.timedelta(seconds=9 * i)).strftime("%Y-%m-%dT%H:%M:%SZ")
        rid = "amzn1.echo-api.request." + uid(c["slug"], date, tag, i, "r")
        if it == "LaunchRequest": r = {"type": "LaunchRequest", "requestId": rid, "timestamp": ts, "locale": loc}
        elif it == "SessionEndedRequest": r = {"type": "SessionEndedRequest", "requestId": rid, "timestamp": ts, "locale": loc, "reason": "USER_INITIATED"}
        else:
            nm, sl = parse_intent(it)
            r = {"type": "IntentRequest", "requestId": rid, "timestamp": ts, "locale": loc, "intent": {"name": nm, "confirmationStatus": "NONE",
                 "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE"} for k, v in sl.items()}}}
        req = {"version": "1.0", "session": {"new": new, "sessionId": sid, "application": {"applicationId": app}, "user": {"userId": user}},
               "context": {"System": {"application": {"applicationId": app}, "user": {"userId": user}, "device": {"deviceId": "amzn1.ask.device.A" + h(c["slug"], "d")[:16].upper(), "supportedInterfaces": {}}, "apiEndpoint": "https://api.eu.amazonalexa.com"}},
               "request": r}
        resp = {"version": "1.0", "sessionAttributes": {}, "response": {}}
        if sp is not None: resp["response"]["outputSpeech"] = ssml(sp)
        if rp is not None: resp["response"]["reprompt"] = {"outputSpeech": ssml(rp)}
        if extra: resp["response"].update(extra)
        if end is not None: resp["response"]["shouldEndSession"] = end
        out.append((req, resp, {"user": u, "ts": ts, "sid": sid, "rid": rid, "speech": sp, "reprompt": rp, "end": end, "intent": it}))
        if end is True or end is None and False: sid = None
        if it == "SessionEndedRequest": sid = None
    return out

# Google turn conversion
def g_sessions(c, turns, date, tag=""):
    out = []; conv = None
    t0 = datetime.datetime.fromisoformat(date)
    for i, tr in enumerate(turns):
        u, it, sp, rp, end = tr[:5]
        if conv is None: conv = "ABwppHF" + h(c["slug"], date, tag, i)[:24]
        ts = (t0 + datetime.timedelta(seconds=9 * i)).strftime("%Y-%m-%dT%H:%M:%SZ")
        out.append({"user": u, "intent": it, "speech": sp, "reprompt": rp, "end": end, "conv": conv, "ts": ts, "extra": tr[5] if len(tr) > 5 else None})
        if end: conv = None
    return out

def g_render(c, shape, turns, date, tag):
    gs = g_sessions(c, turns, date, tag); lang = c["loc"]
    if shape == "gactions-scene":
        res = []
        for g in gs:
            nm, sl = parse_intent(g["intent"]) if g["intent"] not in ("LaunchRequest",) else ("actions.intent.MAIN", {})
            req = {"handler": {"name": (g["extra"] or {}).get("handler", nm.lower())}, "intent": {"name": nm, "params": {k: {"original": v, "resolved": v} for k, v in sl.items()}, "query": g["user"]},
                   "scene": {"name": (g["extra"] or {}).get("scene", "Main"), "slotFillingStatus": "UNSPECIFIED", "slots": {}}, "session": {"id": g["conv"], "params": {}, "languageCode": lang},
                   "user": {"locale": lang, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED", "verificationStatus": "VERIFIED"}, "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE"]}}
            resp = {"session": {"id": g["conv"], "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": g["speech"] or "", "text": plain(g["speech"])}}}
            if g["end"]: resp["scene"] = {"name": "Main", "slots": {}, "next": {"name": "actions.scene.END_CONVERSATION"}}
            else: resp["scene"] = {"name": "Main", "slots": {}, "next": {"name": (g["extra"] or {}).get("next", "Main")}}
            if g["reprompt"] is not None: resp["prompt"]["override"] = False; resp["session"]["params"]["noMatchPrompt"] = g["reprompt"]
            res.append({"timestamp": g["ts"], "request": req, "response": resp})
        return res
    if shape == "gactions-conversation":
        res = []
        for g in gs:
            nm, sl = parse_intent(g["intent"]) if g["intent"] != "LaunchRequest" else ("actions.intent.MAIN", {})
            req = {"user": {"locale": lang, "userStorage": "{}", "lastSeen": g["ts"]}, "conversation": {"conversationId": g["conv"], "type": "NEW" if g is gs[0] else "ACTIVE", "conversationToken": "[]"},
                   "inputs": [{"intent": nm, "rawInputs": [{"inputType": "VOICE", "query": g["user"]}], "arguments": [{"name": k, "rawText": v, "textValue": v} for k, v in sl.items()]}],
                   "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}, "isInSandbox": True}
            if g["end"]:
                resp = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": [{"simpleResponse": {"textToSpeech": g["speech"]}}]}}}
            else:
                resp = {"expectUserResponse": True, "expectedInputs": [{"inputPrompt": {"richInitialPrompt": {"items": [{"simpleResponse": {"textToSpeech": g["speech"]}}]},
                        "noInputPrompts": [{"textToSpeech": g["reprompt"]}] if g["reprompt"] is not None else []},
                        "possibleIntents": (g["extra"] or {}).get("possibleIntents", [{"intent": "actions.intent.TEXT"}])}]}
            res.append({"request": req, "response": resp})
        return res
    if shape == "dialogflow-webhook":
        res = []
        for g in gs:
            nm, sl = parse_intent(g["intent"]) if g["intent"] != "LaunchRequest" else ("Default Welcome Intent", {})
            req = {"responseId": uid(g["conv"], g["ts"]), "session": f"projects/{c['slug']}/agent/sessions/{g['conv']}",
                   "queryResult": {"queryText": g["user"], "parameters": sl, "allRequiredParamsPresent": True, "intent": {"name": f"projects/{c['slug']}/agent/intents/{uid(nm)}", "displayName": nm}, "intentDetectionConfidence": 1, "languageCode": lang.split("-")[0]},
                   "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {"user": {"locale": lang}, "conversation": {"conversationId": g["conv"], "type": "ACTIVE"}, "inputs": [{"rawInputs": [{"inputType": "VOICE", "query": g["user"]}]}]}}}
            items = [{"simpleResponse": {"textToSpeech": g["speech"] or ""}}]
            p = {"google": {"expectUserResponse": not g["end"], "richResponse": {"items": items}}}
            if g["reprompt"] is not None: p["google"]["noInputPrompts"] = [{"textToSpeech": g["reprompt"]}]
            if (g["extra"] or {}).get("systemIntent"): p["google"]["systemIntent"] = g["extra"]["systemIntent"]
            res.append({"request": req, "response": {"fulfillmentText": plain(g["speech"]), "payload": p}})
        return res
    # generic (new shapes / transcript) for Google: reuse alexa-agnostic renderers
    return None

# ---------------------------------------------------------------- alexa shapes
def render(c, d, rec):
    shape, path = rec[0], rec[1]; turns = rec[2]; date = rec[3] if len(rec) > 3 else c.get("date", "2026-11-20T10:00:00")
    tag = path
    p = f"{d}/{path}"
    if c.get("kind", "alexa") != "alexa" and shape in ("gactions-scene", "gactions-conversation", "dialogflow-webhook"):
        data = g_render(c, shape, turns, date, tag)
        if path.endswith(".jsonl"): W(p, "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in data))
        else: W(p, data)
        return
    S = sessions(c, turns, date, tag)
    if shape == "envelope":
        base, ext = os.path.splitext(p)
        for i, (q, r, m) in enumerate(S):
            W(f"{base}-{i+1:02d}{ext}", r)
    elif shape == "pairs-jsonl":
        W(p, "".join(json.dumps({"request": q, "response": r}, ensure_ascii=False) + "\n" for q, r, m in S))
    elif shape == "pairs-array":
        W(p, [{"request": q, "response": r} for q, r, m in S])
    elif shape == "smapi-simulation":
        base, ext = os.path.splitext(p)
        for i, (q, r, m) in enumerate(S):
            W(f"{base}-{i+1}{ext}", {"id": uid(m["rid"], "sim"), "status": "SUCCESSFUL", "result": {
                "alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": plain(m["speech"])}}] if m["speech"] else [], "consideredIntents": []},
                "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": c.get("endpoint", "arn:aws:lambda:eu-west-1:000000000000:function:" + c["slug"]), "body": q},
                                                       "invocationResponse": {"body": r}, "metrics": {"skillExecutionTimeInMilliseconds": 210 + i}}]}, "error": None}, "input": m["user"]})
    elif shape == "smapi-invocation":
        base, ext = os.path.splitext(p)
        for i, (q, r, m) in enumerate(S):
            W(f"{base}-{i+1}{ext}", {"id": uid(m["rid"], "inv"), "status": "SUCCESSFUL", "result": {"skillExecutionInfo": {
                "invocationRequest": {"endpoint": "arn:aws:lambda:eu-west-1:000000000000:function:" + c["slug"], "body": q}, "invocationResponse": {"body": r}, "metrics": {"skillExecutionTimeInMilliseconds": 180}}, "error": None}})
    elif shape == "ask-dialog":
        W(p + "/replay.json", {"skillId": "amzn1.ask.skill." + uid(c["slug"]), "locale": c["loc"], "type": "text", "userInput": [m["user"] for q, r, m in S]})
        txt = ""
        for q, r, m in S:
            txt += f"User  > {m['user']}\nAlexa > {plain(m['speech'])}\n"
        W(p + "/dialog-output.json", [{"utterance": m["user"], "invocations": [{"invocationRequest": {"body": q}, "invocationResponse": {"body": r}}]} for q, r, m in S])
        W(p + "/dialog.txt", txt)
    elif shape == "cloudwatch-text":
        txt = ""
        for q, r, m in S:
            rq = uid(m["rid"], "lam")
            txt += f"{m['ts']} START RequestId: {rq} Version: $LATEST\n{m['ts']}\t{rq}\tINFO\tRequest: {json.dumps(q, ensure_ascii=False)}\n{m['ts']}\t{rq}\tINFO\tResponse: {json.dumps(r, ensure_ascii=False)}\n{m['ts']} END RequestId: {rq}\n{m['ts']} REPORT RequestId: {rq}\tDuration: 84.21 ms\tBilled Duration: 85 ms\tMemory Size: 128 MB\tMax Memory Used: 71 MB\n"
        W(p, txt)
    elif shape == "cloudwatch-json":
        ev = []
        for i, (q, r, m) in enumerate(S):
            rq = uid(m["rid"], "lam"); t = int(datetime.datetime.fromisoformat(m["ts"][:-1]).timestamp() * 1000)
            ev.append({"logStreamName": "2026/11/20/[$LATEST]" + h(c["slug"])[:32], "timestamp": t, "message": f"{m['ts']}\t{rq}\tINFO\tRequest: {json.dumps(q, ensure_ascii=False)}\n", "ingestionTime": t + 40, "eventId": h(rq, 1)})
            ev.append({"logStreamName": "2026/11/20/[$LATEST]" + h(c["slug"])[:32], "timestamp": t + 90, "message": f"{m['ts']}\t{rq}\tINFO\tResponse: {json.dumps(r, ensure_ascii=False)}\n", "ingestionTime": t + 130, "eventId": h(rq, 2)})
        W(p, {"events": ev, "searchedLogStreams": []})
    elif shape == "har":
        ents = []
        for q, r, m in S:
            ents.append({"startedDateTime": m["ts"].replace("Z", ".000Z"), "time": 120, "request": {"method": "POST", "url": c.get("url", f"https://{c['slug']}.example-skills.net/alexa"), "httpVersion": "HTTP/1.1",
                "headers": [{"name": "Content-Type", "value": "application/json"}, {"name": "Signature-256", "value": h(m['rid'])}], "queryString": [], "cookies": [], "headersSize": -1, "bodySize": -1,
                "postData": {"mimeType": "application/json", "text": json.dumps(q, ensure_ascii=False)}},
                "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [{"name": "Content-Type", "value": "application/json;charset=UTF-8"}], "cookies": [],
                "content": {"size": -1, "mimeType": "application/json", "text": json.dumps(r, ensure_ascii=False)}, "redirectURL": "", "headersSize": -1, "bodySize": -1}, "cache": {}, "timings": {"send": 1, "wait": 110, "receive": 9}})
        W(p, {"log": {"version": "1.2", "creator": {"name": "Charles Proxy", "version": "4.6.4"}, "entries": ents}})
    elif shape == "transcript":
        txt = f"# probe run {date} locale={c['loc']} skill={c['inv']}\n"
        for q, r, m in S:
            txt += f"[{m['ts']}] USER: {m['user']}\n[{m['ts']}] SKILL: {plain(m['speech'])}\n"
            if m["reprompt"] is not None: txt += f"[{m['ts']}] REPROMPT: {plain(m['reprompt'])!r}\n"
            txt += f"[{m['ts']}] session_open={'false' if m['end'] else 'true'}\n"
        W(p, txt)
    # ---- new shapes
    elif shape == "jest-snapshot":
        txt = "// Jest Snapshot v1, https://goo.gl/fbAQLP\n\n"
        for i, (q, r, m) in enumerate(S):
            txt += f"exports[`{c['name']} handler {m['user'].replace('`','')} {i+1}`] = `\n{json.dumps(r, ensure_ascii=False, indent=2)}\n`;\n\n"
        W(p, txt)
    elif shape == "postman-collection":
        items = []
        for i, (q, r, m) in enumerate(S):
            items.append({"name": f"{i+1:02d} {m['user']}", "request": {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}], "body": {"mode": "raw", "raw": json.dumps(q, ensure_ascii=False, indent=2)}, "url": {"raw": "{{skillUrl}}/alexa", "host": ["{{skillUrl}}"], "path": ["alexa"]}},
                          "response": [{"name": "saved " + m["ts"], "originalRequest": {"method": "POST", "url": {"raw": "{{skillUrl}}/alexa"}}, "status": "OK", "code": 200, "_postman_previewlanguage": "json", "header": [{"key": "Content-Type", "value": "application/json"}], "body": json.dumps(r, ensure_ascii=False, indent=2)}]})
        W(p, {"info": {"_postman_id": uid(c["slug"], "pm"), "name": c["name"] + " endpoint", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}, "item": items, "variable": [{"key": "skillUrl", "value": c.get("url", f"https://{c['slug']}.example-skills.net")}]})
    elif shape == "notebook":
        cells = [{"cell_type": "markdown", "metadata": {}, "source": [f"# Replaying {c['name']} ({c['loc']})\n"]},
                 {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": ["import json, requests\n", "URL = 'http://localhost:3000/'\n"]}]
        for i, (q, r, m) in enumerate(S):
            cells.append({"cell_type": "code", "execution_count": i + 2, "metadata": {}, "source": [f"req = json.loads(open('requests/{i+1:02d}.json').read())  # {m['user']}\n", "resp = requests.post(URL, json=req).json()\n", "resp"],
                          "outputs": [{"output_type": "execute_result", "execution_count": i + 2, "metadata": {}, "data": {"text/plain": [json.dumps(r, ensure_ascii=False, indent=1)], "application/json": r}}]})
        W(p, {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}}, "nbformat": 4, "nbformat_minor": 5})
    elif shape == "sheet-csv":
        buf = io.StringIO(); w = csv.writer(buf)
        w.writerow(["timestamp", "session_id", "request_type", "intent", "slots", "user_said", "output_speech", "reprompt", "should_end_session"])
        for q, r, m in S:
            rq = q["request"]; it = rq.get("intent", {})
            w.writerow([m["ts"], m["sid"][-12:], rq["type"], it.get("name", ""), json.dumps({k: v["value"] for k, v in it.get("slots", {}).items()}, ensure_ascii=False) if it else "",
                        m["user"], (r["response"].get("outputSpeech") or {}).get("ssml", (r["response"].get("outputSpeech") or {}).get("text", "")),
                        ((r["response"].get("reprompt") or {}).get("outputSpeech") or {}).get("ssml", ""), {True: "TRUE", False: "FALSE", None: ""}[m["end"]]])
        W(p, buf.getvalue())
    elif shape == "log-shipper-ndjson":
        txt = ""
        for q, r, m in S:
            for kind, body in (("alexa.request", q), ("alexa.response", r)):
                txt += json.dumps({"@timestamp": m["ts"].replace("Z", ".312Z"), "service": c["slug"], "host": "ip-10-0-3-17", "level": "info", "logger": "skill-handler",
                                   "event": kind, "message": json.dumps(body, ensure_ascii=False), "kubernetes": {"namespace": "skills", "pod": c["slug"] + "-7c9d"}}, ensure_ascii=False) + "\n"
        W(p, txt)
    elif shape == "vcr-cassette":
        y = "interactions:\n"
        for q, r, m in S:
            y += "- request:\n    body: " + json.dumps(json.dumps(q, ensure_ascii=False), ensure_ascii=False) + "\n    headers:\n      Content-Type:\n      - application/json\n    method: POST\n    uri: " + c.get("url", f"https://{c['slug']}.example-skills.net/alexa") + "\n"
            y += "  response:\n    body:\n      string: " + json.dumps(json.dumps(r, ensure_ascii=False), ensure_ascii=False) + "\n    headers:\n      Content-Type:\n      - application/json\n    status:\n      code: 200\n      message: OK\n"
        y += "version: 1\n"
        W(p, y)
    else:
        raise ValueError(shape)

def build(cases):
    import shutil
    cd = os.path.join(ROOT, "cases")
    if os.path.exists(cd): shutil.rmtree(cd)
    labels = {}
    for c in cases:
        cid = f"{c['id']:03d}-{c['slug']}"; d = os.path.join(cd, cid)
        if c.get("kind", "alexa") == "alexa": alexa_package(c, d)
        else: google_package(c, d)
        shapes = []
        for rec in c.get("rec", []):
            render(c, d, rec)
            if rec[0] not in shapes: shapes.append(rec[0])
        for extra_path, content in c.get("files", {}).items():
            W(os.path.join(d, extra_path), content)
        labels[cid] = {"categories": sorted(c["cats"]), "locale": c["loc"], "shapes": shapes, "why": c["why"]}
    W(os.path.join(ROOT, "labels.json"), labels)
    return labels

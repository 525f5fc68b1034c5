"""Renderer: turns the hand-written case descriptions in cases_*.py into project folders + recordings."""
import json, os, uuid, hashlib, datetime, csv, io

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LABELS = {}

def _h(*a):
    return hashlib.sha1("|".join(map(str, a)).encode()).hexdigest()

def uid(*a):
    h = _h(*a); return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"

def write(cid, rel, data):
    p = os.path.join(ROOT, "cases", cid, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    if not isinstance(data, str):
        data = json.dumps(data, indent=2, ensure_ascii=False)
    with open(p, "w", encoding="utf-8") as f:
        f.write(data if data.endswith("\n") else data + "\n")

BUILTIN = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent"]

def R(speech, reprompt=None, end=False, card=None, plain=False, directives=None, askperm=None):
    """A response envelope."""
    def os_(t):
        if t is None: return None
        if plain: return {"type": "PlainText", "text": t}
        return {"type": "SSML", "ssml": t if t.startswith("<speak>") else f"<speak>{t}</speak>"}
    r = {"outputSpeech": os_(speech)}
    if reprompt is not None:
        r["reprompt"] = {"outputSpeech": os_(reprompt)}
    if card: r["card"] = {"type": "Simple", "title": card[0], "content": card[1]}
    if askperm: r["card"] = {"type": "AskForPermissionsConsent", "permissions": askperm}
    if directives: r["directives"] = directives
    if end is not None: r["shouldEndSession"] = end
    return {"version": "1.0", "sessionAttributes": {}, "userAgent": "ask-node/2.14.0 Node/v18.18.2", "response": r}

class Ctx:
    def __init__(s, cid, loc, skill_id, day):
        s.cid, s.loc, s.skill_id, s.day = cid, loc, skill_id, day

def build_pairs(ctx, turns, start="2026-10-01T18:00:00", tag="a"):
    """turns: list of (utterance, intent, slots, response). intent 'Launch' -> LaunchRequest."""
    t0 = datetime.datetime.fromisoformat(start)
    out, sid, new, n = [], None, True, 0
    uidu = "amzn1.ask.account." + _h(ctx.cid, "user")[:40].upper()
    for i, (utt, intent, slots, resp) in enumerate(turns):
        if sid is None:
            sid = "amzn1.echo-api.session." + uid(ctx.cid, tag, i); new = True
        ts = (t0 + datetime.timedelta(seconds=9 * i)).strftime("%Y-%m-%dT%H:%M:%SZ")
        rid = "amzn1.echo-api.request." + uid(ctx.cid, tag, "r", i)
        if intent == "Launch":
            request = {"type": "LaunchRequest", "requestId": rid, "timestamp": ts, "locale": ctx.loc}
        elif intent == "SessionEnded":
            request = {"type": "SessionEndedRequest", "requestId": rid, "timestamp": ts, "locale": ctx.loc, "reason": "USER_INITIATED"}
        else:
            sl = {k: {"name": k, "value": v, "confirmationStatus": "NONE"} for k, v in (slots or {}).items()}
            request = {"type": "IntentRequest", "requestId": rid, "timestamp": ts, "locale": ctx.loc,
                       "intent": {"name": intent, "confirmationStatus": "NONE", "slots": sl}}
        env = {"version": "1.0",
               "session": {"new": new, "sessionId": sid, "application": {"applicationId": ctx.skill_id},
                           "attributes": {}, "user": {"userId": uidu}},
               "context": {"System": {"application": {"applicationId": ctx.skill_id}, "user": {"userId": uidu},
                                      "device": {"deviceId": "amzn1.ask.device." + _h(ctx.cid, "dev")[:32].upper(),
                                                 "supportedInterfaces": {}},
                                      "apiEndpoint": "https://api.amazonalexa.com"}},
               "request": request}
        out.append({"utt": utt, "req": env, "resp": resp, "ts": ts})
        new = False
        if resp is None or resp["response"].get("shouldEndSession") is not False:
            # ended session (True or absent with no reprompt)
            if resp is not None and resp["response"].get("shouldEndSession") is None and "reprompt" in resp["response"]:
                continue
            sid = None
    return out

def speech_of(resp):
    if resp is None: return ""
    o = resp["response"].get("outputSpeech") or {}
    return o.get("ssml") or o.get("text") or ""

# ---------------- shape writers ----------------
def w_envelope(ctx, path, pairs):
    for i, p in enumerate(pairs):
        nm = (p["req"]["request"].get("intent", {}).get("name") or p["req"]["request"]["type"]).lower().replace("amazon.", "")
        write(ctx.cid, f"{path}/{i+1:02d}-{nm}.response.json", p["resp"])

def w_pairs_jsonl(ctx, path, pairs):
    write(ctx.cid, path, "\n".join(json.dumps({"request": p["req"], "response": p["resp"]}, ensure_ascii=False) for p in pairs))

def w_pairs_array(ctx, path, pairs):
    write(ctx.cid, path, [{"request": p["req"], "response": p["resp"]} for p in pairs])

def _inv(ctx, p):
    return {"invocationRequest": {"endpoint": f"arn:aws:lambda:us-east-1:4{_h(ctx.cid)[:11]}:function:{ctx.cid[4:]}", "body": p["req"]},
            "invocationResponse": {"body": p["resp"]}, "metrics": {"skillExecutionTimeInMilliseconds": 180 + len(p["utt"])}}

def w_smapi_sim(ctx, path, pairs):
    for i, p in enumerate(pairs):
        write(ctx.cid, f"{path}/sim-{i+1:02d}.json", {"id": uid(ctx.cid, "sim", i), "status": "SUCCESSFUL", "result": {
            "alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": speech_of(p["resp"]).replace("<speak>", "").replace("</speak>", "")}}],
                                   "consideredIntents": []},
            "skillExecutionInfo": {"invocations": [_inv(ctx, p)]}, "error": None}})

def w_smapi_inv(ctx, path, pairs):
    for i, p in enumerate(pairs):
        write(ctx.cid, f"{path}/invoke-{i+1:02d}.json", {"id": uid(ctx.cid, "inv", i), "status": "SUCCESSFUL",
                                                         "result": {"skillExecutionInfo": _inv(ctx, p), "error": None}})

def w_ask_dialog(ctx, path, pairs):
    write(ctx.cid, f"{path}/replay.json", {"skillId": ctx.skill_id, "locale": ctx.loc, "type": "text", "userInput": [p["utt"] for p in pairs]})
    write(ctx.cid, f"{path}/record-output.json", [{"utterance": p["utt"], "invocations": [_inv(ctx, p)]} for p in pairs])

def w_cw_text(ctx, path, pairs, py=False):
    lines = []
    for p in pairs:
        rid = uid(ctx.cid, "lam", p["ts"])
        ts = p["ts"].replace("Z", ".412Z")
        lines.append(f"START RequestId: {rid} Version: $LATEST")
        if py:
            lines.append(f"[INFO]\t{ts}\t{rid}\tRequest: {json.dumps(p['req'], ensure_ascii=False)}")
            lines.append(f"[INFO]\t{ts}\t{rid}\tResponse: {json.dumps(p['resp'], ensure_ascii=False)}")
        else:
            lines.append(f"{ts}\t{rid}\tINFO\tRequest: {json.dumps(p['req'], ensure_ascii=False)}")
            lines.append(f"{ts}\t{rid}\tINFO\tResponse: {json.dumps(p['resp'], ensure_ascii=False)}")
        lines.append(f"END RequestId: {rid}")
        lines.append(f"REPORT RequestId: {rid}\tDuration: 41.20 ms\tBilled Duration: 42 ms\tMemory Size: 128 MB\tMax Memory Used: 77 MB")
    write(ctx.cid, path, "\n".join(lines))

def _ms(ts):
    return int(datetime.datetime.fromisoformat(ts.replace("Z", "+00:00")).timestamp() * 1000)

def w_cw_json(ctx, path, pairs):
    ev = []
    for p in pairs:
        rid = uid(ctx.cid, "lam", p["ts"])
        for k, body in (("Request", p["req"]), ("Response", p["resp"])):
            ev.append({"logStreamName": f"2026/10/01/[$LATEST]{_h(ctx.cid)[:32]}", "timestamp": _ms(p["ts"]),
                       "message": f"{p['ts']}\t{rid}\tINFO\t{k}: {json.dumps(body, ensure_ascii=False)}\n",
                       "ingestionTime": _ms(p["ts"]) + 900, "eventId": _h(rid, k)[:56]})
    write(ctx.cid, path, {"events": ev, "searchedLogStreams": []})

def w_har(ctx, path, pairs):
    ent = []
    for p in pairs:
        ent.append({"startedDateTime": p["ts"], "time": 212,
                    "request": {"method": "POST", "url": f"https://{ctx.cid[4:]}.skills.example.net/alexa", "httpVersion": "HTTP/1.1",
                                "headers": [{"name": "Content-Type", "value": "application/json"}, {"name": "Signature-256", "value": "MIIB…"}],
                                "queryString": [], "cookies": [], "headersSize": -1, "bodySize": -1,
                                "postData": {"mimeType": "application/json", "text": json.dumps(p["req"], ensure_ascii=False)}},
                    "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [{"name": "Content-Type", "value": "application/json;charset=UTF-8"}],
                                 "cookies": [], "content": {"size": -1, "mimeType": "application/json", "text": json.dumps(p["resp"], ensure_ascii=False)},
                                 "redirectURL": "", "headersSize": -1, "bodySize": -1},
                    "cache": {}, "timings": {"send": 1, "wait": 200, "receive": 11}})
    write(ctx.cid, path, {"log": {"version": "1.2", "creator": {"name": "mitmproxy har_dump", "version": "10.1"}, "entries": ent}})

def w_transcript(ctx, path, pairs):
    L = [f"# probe transcript {ctx.cid} locale={ctx.loc}"]
    for p in pairs:
        r = p["resp"]["response"] if p["resp"] else {}
        L.append(f"[{p['ts']}] USER: {p['utt']}")
        L.append(f"[{p['ts']}] SKILL: {speech_of(p['resp'])}")
        if "reprompt" in r:
            L.append(f"[{p['ts']}] REPROMPT: {r['reprompt']['outputSpeech'].get('ssml') or r['reprompt']['outputSpeech'].get('text')}")
        L.append(f"[{p['ts']}] session_open={str(r.get('shouldEndSession') is False).lower()}")
    write(ctx.cid, path, "\n".join(L))

# ---- shapes not in the brief's list ----
def w_postman(ctx, path, pairs):
    """Postman collection v2.1 with saved example responses."""
    items = []
    for i, p in enumerate(pairs):
        body = json.dumps(p["req"], indent=2, ensure_ascii=False)
        rq = {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
              "body": {"mode": "raw", "raw": body, "options": {"raw": {"language": "json"}}},
              "url": {"raw": "{{skill_url}}/alexa", "host": ["{{skill_url}}"], "path": ["alexa"]}}
        items.append({"name": f"{i+1:02d} {p['utt']}", "request": rq,
                      "response": [{"name": "saved", "originalRequest": rq, "status": "OK", "code": 200, "_postman_previewlanguage": "json",
                                    "header": [{"key": "Content-Type", "value": "application/json"}],
                                    "body": json.dumps(p["resp"], indent=2, ensure_ascii=False)}]})
    write(ctx.cid, path, {"info": {"_postman_id": uid(ctx.cid, "pm"), "name": f"{ctx.cid} local endpoint",
                                   "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                          "item": items, "variable": [{"key": "skill_url", "value": "http://localhost:3000"}]})

def w_jest(ctx, path, pairs):
    """Jest snapshot file (__snapshots__/*.snap) written by toMatchSnapshot() on handler output."""
    L = ["// Jest Snapshot v1, https://goo.gl/fbAQLP", ""]
    for i, p in enumerate(pairs):
        body = json.dumps(p["resp"], indent=2, ensure_ascii=False).replace("`", "\\`").replace("${", "\\${")
        L.append(f"exports[`handler {p['utt']} {i+1}`] = `\n{body}\n`;\n")
    write(ctx.cid, path, "\n".join(L))

def w_ipynb(ctx, path, pairs):
    """Jupyter notebook whose cells post the request and print the response."""
    cells = [{"cell_type": "markdown", "metadata": {}, "source": [f"# Manual endpoint check ({ctx.loc})"]},
             {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
              "source": ["import json, requests\n", "URL = 'http://localhost:3000/alexa'\n", "def call(env):\n", "    return requests.post(URL, json=env).json()"]}]
    for i, p in enumerate(pairs):
        cells.append({"cell_type": "code", "execution_count": i + 2, "metadata": {},
                      "source": [f"# {p['utt']}\n", f"req = {json.dumps(p['req'], ensure_ascii=False)}\n", "resp = call(req)\n", "resp"],
                      "outputs": [{"output_type": "execute_result", "execution_count": i + 2, "metadata": {},
                                   "data": {"text/plain": [json.dumps(p["resp"], ensure_ascii=False)],
                                            "application/json": p["resp"]}}]})
    write(ctx.cid, path, {"cells": cells, "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
                          "nbformat": 4, "nbformat_minor": 5})

def w_vcr(ctx, path, pairs):
    """VCR.py / pytest-recording YAML cassette."""
    L = ["interactions:"]
    for p in pairs:
        L.append("- request:")
        L.append("    body: '" + json.dumps(p["req"], ensure_ascii=False).replace("'", "''") + "'")
        L.append("    headers:\n      Content-Type:\n      - application/json")
        L.append("    method: POST")
        L.append(f"    uri: https://{ctx.cid[4:]}.skills.example.net/alexa")
        L.append("  response:")
        L.append("    body:")
        L.append("      string: '" + json.dumps(p["resp"], ensure_ascii=False).replace("'", "''") + "'")
        L.append("    headers:\n      Content-Type:\n      - application/json")
        L.append("    status:\n      code: 200\n      message: OK")
    L.append("version: 1")
    write(ctx.cid, path, "\n".join(L))

def w_csv(ctx, path, pairs):
    """Spreadsheet export of a QA sheet: one row per turn, with speech/reprompt/end columns and raw JSON."""
    b = io.StringIO(); w = csv.writer(b)
    w.writerow(["when", "tester utterance", "intent", "speech", "reprompt", "shouldEndSession", "raw response"])
    for p in pairs:
        r = p["resp"]["response"]
        rq = r.get("reprompt", {}).get("outputSpeech", {})
        w.writerow([p["ts"], p["utt"], p["req"]["request"].get("intent", {}).get("name", p["req"]["request"]["type"]),
                    speech_of(p["resp"]), rq.get("ssml") or rq.get("text") or "", str(r.get("shouldEndSession")).upper(),
                    json.dumps(p["resp"], ensure_ascii=False)])
    write(ctx.cid, path, b.getvalue())

def w_elastic(ctx, path, pairs):
    """Log-shipper export (Filebeat/Functionbeat -> Elasticsearch _search hits saved as NDJSON)."""
    L = []
    for p in pairs:
        rid = uid(ctx.cid, "lam", p["ts"])
        for k, body in (("Request", p["req"]), ("Response", p["resp"])):
            L.append(json.dumps({"_index": "logs-lambda-2026.10", "_id": _h(rid, k)[:20], "_source": {
                "@timestamp": p["ts"], "cloud": {"provider": "aws", "region": "eu-west-1"},
                "aws": {"cloudwatch": {"log_group": f"/aws/lambda/{ctx.cid[4:]}"}},
                "message": f"{p['ts']}\t{rid}\tINFO\t{k}: {json.dumps(body, ensure_ascii=False)}"}}, ensure_ascii=False))
    write(ctx.cid, path, "\n".join(L))

def w_curl(ctx, path, pairs):
    """Shell session of a developer replaying envelopes with curl."""
    L = []
    for p in pairs:
        L.append(f"$ curl -s -X POST http://localhost:3000/alexa -H 'Content-Type: application/json' -d '{json.dumps(p['req'], ensure_ascii=False)}'")
        L.append(json.dumps(p["resp"], ensure_ascii=False))
    write(ctx.cid, path, "\n".join(L))

WRITERS = {"envelope": w_envelope, "pairs-jsonl": w_pairs_jsonl, "pairs-array": w_pairs_array, "smapi-simulation": w_smapi_sim,
           "smapi-invocation": w_smapi_inv, "ask-dialog": w_ask_dialog, "cloudwatch-text": w_cw_text,
           "cloudwatch-text-py": lambda c, p, x: w_cw_text(c, p, x, py=True), "cloudwatch-json": w_cw_json, "har": w_har,
           "transcript": w_transcript, "postman-collection": w_postman, "jest-snapshot": w_jest, "jupyter-notebook": w_ipynb,
           "vcr-cassette": w_vcr, "csv-sheet": w_csv, "elastic-ndjson": w_elastic, "curl-session": w_curl}

def shape_label(s):
    return "cloudwatch-text" if s == "cloudwatch-text-py" else s

# ---------------- Alexa project ----------------
def alexa(cid, loc, inv, name, desc, intents, cats, why, recs, types=None, policy=True, child=False, perms=(),
          category="GAMES_AND_TRIVIA", extra=None, more_locales=None):
    skill_id = "amzn1.ask.skill." + uid(cid, "skill")
    ctx = Ctx(cid, loc, skill_id, 0)
    locs = {loc: (inv, name, desc, intents, types)}
    for l2, v in (more_locales or {}).items():
        locs[l2] = v
    pub = {}
    for l, (iv, nm, ds, its, tys) in locs.items():
        pub[l] = {"summary": ds.split(". ")[0][:150], "examplePhrases": [f"Alexa, open {iv}"] if l.startswith("en") else [f"Alexa, {iv}"],
                  "name": nm, "description": ds,
                  "smallIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/a1b2/APP_ICON?versionId=small",
                  "largeIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/a1b2/APP_ICON_LARGE?versionId=large"}
        ints = []
        for it in its:
            n, slots, samples = it
            d = {"name": n, "slots": [{"name": s.split(":")[0], "type": s.split(":")[1]} for s in slots], "samples": samples}
            ints.append(d)
        for b in BUILTIN:
            if b not in [x["name"] for x in ints]:
                ints.append({"name": b, "samples": []})
        tlist = [{"name": t, "values": [{"name": {"value": v}} for v in vals]} for t, vals in (tys or {}).items()]
        write(cid, f"skill-package/interactionModels/custom/{l}.json",
              {"interactionModel": {"languageModel": {"invocationName": iv, "intents": ints, "types": tlist}}})
    pc = {"allowsPurchases": False, "usesPersonalInfo": bool(perms), "isChildDirected": child, "isExportCompliant": True, "containsAds": False}
    if policy:
        dom = policy if isinstance(policy, str) else f"https://{cid[4:]}.example.com"
        pc["locales"] = {l: {"privacyPolicyUrl": f"{dom}/privacy", "termsOfUseUrl": f"{dom}/terms"} for l in locs}
    man = {"manifest": {"publishingInformation": {"locales": pub, "isAvailableWorldwide": False, "testingInstructions": "Open the skill and follow the prompts.",
                                                  "category": category, "distributionCountries": [], "automaticDistribution": {"isActive": False}},
                        "apis": {"custom": {"endpoint": {"uri": f"arn:aws:lambda:eu-west-1:4{_h(cid)[:11]}:function:{cid[4:]}"}}},
                        "manifestVersion": "1.0", "privacyAndCompliance": pc}}
    if perms:
        man["manifest"]["permissions"] = [{"name": p} for p in perms]
    write(cid, "skill-package/skill.json", man)
    write(cid, "ask-resources.json", {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {"skillMetadata": {"src": "./skill-package"},
          "code": {"default": {"src": "./lambda"}}, "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler", "awsRegion": "eu-west-1"}}}}})
    shapes = []
    for k, rec in enumerate(recs):
        shape, path, turns = rec[:3]
        start = rec[3] if len(rec) > 3 else "2026-10-01T18:00:00"
        pairs = build_pairs(ctx, turns, start, tag=str(k))
        WRITERS[shape](ctx, path, pairs)
        if shape_label(shape) not in shapes: shapes.append(shape_label(shape))
    for rel, content in (extra or {}).items():
        write(cid, rel, content)
    LABELS[cid] = {"categories": sorted(cats), "locale": loc, "shapes": shapes, "why": why}

# ---------------- Google projects ----------------
def gbuilder(cid, loc, name, invocation, scenes, intents, cats, why, rec, types=None, extra=None):
    """Actions Builder project; scenes: {name: yaml text}; intents: {name: [phrases]}; rec: list of (user, intent, params, scene, speech, next_scene|None=end, extra_prompt)"""
    write(cid, "sdk/actions/actions.yaml", "actions:\n  actions.intent.MAIN:\n    handler:\n      webhookHandler: main\n    intentEvent:\n      intent: actions.intent.MAIN\n      transitionToScene: Start\n")
    lang = loc.split("-")[0]
    write(cid, "sdk/settings/settings.yaml", f"accountLinking: {{}}\ncategory: GAMES_AND_TRIVIA\ndefaultLocale: {lang}\nlocalizedSettings:\n  displayName: {name}\n  pronunciation: {invocation}\n  privacyPolicyUrl: https://{cid[4:]}.example.com/privacy\n  developerEmail: dev@{cid[4:]}.example.com\nprojectId: {cid[4:]}-prod\n")
    for sn, y in scenes.items():
        write(cid, f"sdk/custom/scenes/{sn}.yaml", y)
    for ik, ph in intents.items():
        write(cid, f"sdk/custom/intents/{ik}.yaml", "trainingPhrases:\n" + "".join(f"- {p}\n" for p in ph))
    for tk, ty in (types or {}).items():
        write(cid, f"sdk/custom/types/{tk}.yaml", ty)
    L = []
    sess = "ABwppHF" + _h(cid)[:20]
    for i, (user, intent, params, scene, speech, nxt, prm) in enumerate(rec):
        req = {"handler": {"name": "main" if i == 0 else scene.lower()}, "intent": {"name": intent, "params": params or {}, "query": user},
               "scene": {"name": scene, "slotFillingStatus": "UNSPECIFIED", "slots": {}},
               "session": {"id": sess, "params": {}, "typeOverrides": [], "languageCode": loc},
               "user": {"locale": loc, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED", "verificationStatus": "VERIFIED",
                        "packageEntitlements": [], "gaiamint": ""}, "home": {"params": {}},
               "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"]}}
        resp = {"session": {"id": sess, "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": speech, "text": ""}}}
        if prm: resp["prompt"].update(prm)
        resp["scene"] = {"name": scene, "slots": {}, "next": {"name": nxt if nxt else "actions.scene.END_CONVERSATION"}}
        L.append(json.dumps({"timestamp": f"2026-11-0{1 + i // 9}T10:{i:02d}:00Z", "request": req, "response": resp}, ensure_ascii=False))
    write(cid, "webhook/logs/fulfillment.jsonl", "\n".join(L))
    for rel, c in (extra or {}).items():
        write(cid, rel, c)
    LABELS[cid] = {"categories": sorted(cats), "locale": loc, "shapes": ["gactions-scene"], "why": why}

def gsdk(cid, loc, name, invocation, actions, cats, why, rec, extra=None):
    """Actions SDK v2 action.json + conversation webhook log. rec: (user, intent, speech, expect, no_input, possible_intent_extra)"""
    write(cid, "action.json", {"locale": loc, "actions": actions, "conversations": {"main": {"name": "main", "url": f"https://{cid[4:]}.example.net/fulfillment"}},
                               "manifest": {"displayName": name, "invocationName": invocation, "category": "GAMES"}})
    L, cid_ = [], "ABwpp" + _h(cid, "c")[:16]
    for i, (user, intent, speech, expect, noinp, posx) in enumerate(rec):
        req = {"user": {"locale": loc, "lastSeen": "2026-11-02T09:00:00Z", "userVerificationStatus": "VERIFIED"},
               "conversation": {"conversationId": cid_, "type": "NEW" if i == 0 else "ACTIVE", "conversationToken": "[]"},
               "inputs": [{"intent": intent, "rawInputs": [{"inputType": "VOICE", "query": user}],
                           "arguments": [{"name": "text", "rawText": user, "textValue": user}]}],
               "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}, "isInSandbox": False}
        resp = {"expectUserResponse": expect}
        rr = {"items": [{"simpleResponse": {"textToSpeech": speech}}]}
        if expect:
            resp["expectedInputs"] = [{"inputPrompt": {"richInitialPrompt": rr, "noInputPrompts": [{"textToSpeech": n} for n in (noinp or [])]},
                                       "possibleIntents": [posx or {"intent": "actions.intent.TEXT"}]}]
        else:
            resp["finalResponse"] = {"richResponse": rr}
        L.append({"request": req, "response": resp})
    write(cid, "logs/conversation-webhook.json", L)
    for rel, c in (extra or {}).items():
        write(cid, rel, c)
    LABELS[cid] = {"categories": sorted(cats), "locale": loc, "shapes": ["gactions-conversation"], "why": why}

def gdf(cid, loc, name, intents, cats, why, rec, policy=True, extra=None):
    """Dialogflow ES export + v2 webhook log. intents: {name: (phrases, params, action)}; rec: (user, intent, params, speech, expect, system_intent)"""
    lang = loc.split("-")[0]
    ag = {"description": name, "language": lang, "supportedLanguages": [], "activeAssistantAgent": True, "webhook": {"url": f"https://{cid[4:]}.example.net/df"},
          "googleAssistant": {"project": cid[4:], "oAuthLinking": {}, "voiceType": "FEMALE_1", "capabilities": [], "startIntents": [], "systemIntents": []}}
    if policy: ag["googleAssistant"]["privacyPolicyUrl"] = f"https://{cid[4:]}.example.com/privacy"
    write(cid, "agent.json", ag)
    write(cid, "package.json", {"version": "1.0.0"})
    for n, (ph, params, action) in intents.items():
        write(cid, f"intents/{n}.json", {"id": uid(cid, n), "name": n, "auto": True, "webhookUsed": True,
                                          "responses": [{"resetContexts": False, "action": action, "parameters": [{"name": p, "dataType": t, "value": "$" + p, "isList": False, "required": False} for p, t in params], "messages": []}]})
        us = []
        for p in ph:
            data = []
            for part in p:
                if isinstance(part, tuple):
                    data.append({"text": part[0], "meta": part[1], "alias": part[2], "userDefined": True})
                else:
                    data.append({"text": part, "userDefined": False})
            us.append({"id": uid(cid, n, str(p)), "data": data, "isTemplate": False, "count": 0})
        write(cid, f"intents/{n}_usersays_{lang}.json", us)
    L = []
    sess = f"projects/{cid[4:]}/agent/sessions/{_h(cid, 's')[:24]}"
    for i, (user, intent, params, speech, expect, sysint) in enumerate(rec):
        req = {"responseId": uid(cid, "df", i), "session": sess,
               "queryResult": {"queryText": user, "parameters": params or {}, "allRequiredParamsPresent": True, "intent": {"name": f"projects/{cid[4:]}/agent/intents/{uid(cid, intent)}", "displayName": intent},
                               "intentDetectionConfidence": 0.93, "languageCode": lang},
               "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {"user": {"locale": loc}, "conversation": {"conversationId": _h(cid)[:16], "type": "NEW" if i == 0 else "ACTIVE"}}}}
        g = {"expectUserResponse": expect, "richResponse": {"items": [{"simpleResponse": {"textToSpeech": speech}}]}}
        if sysint: g["systemIntent"] = sysint
        L.append(json.dumps({"request": req, "response": {"payload": {"google": g}}}, ensure_ascii=False))
    write(cid, "webhook-logs/dialogflow-fulfillment.jsonl", "\n".join(L))
    for rel, c in (extra or {}).items():
        write(cid, rel, c)
    LABELS[cid] = {"categories": sorted(cats), "locale": loc, "shapes": ["dialogflow-webhook"], "why": why}

def save():
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(dict(sorted(LABELS.items())), f, indent=2, ensure_ascii=False)

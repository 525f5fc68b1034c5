"""Framework: turns hand-written case specs (cases_*.py) into project folders and recordings."""
import base64, csv, hashlib, io, json, os, re, shutil, uuid

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "cases")
LABELS = {}

def slug(case):
    return case.split("-", 1)[1]

def uid(seed, n=None):
    h = hashlib.sha1(seed.encode()).hexdigest()
    return h if n is None else h[:n]

def guid(seed):
    h = uid(seed)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"

def W(case, rel, data):
    p = os.path.join(OUT, case, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    if isinstance(data, (dict, list)):
        data = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    with open(p, "w", encoding="utf-8") as f:
        f.write(data)

class T:
    """One turn. kind: Launch | <IntentName> | SessionEnded. speech/reprompt: text or <speak> SSML."""
    def __init__(self, said, kind, speech=None, rp=None, end=False, slots=None, card=None):
        self.said, self.kind, self.speech, self.rp, self.end = said, kind, speech, rp, end
        self.slots, self.card = slots or {}, card

def t(said, kind, speech=None, rp=None, end=False, **slots):
    return T(said, kind, speech, rp, end, slots)

def ssml(x):
    return x if x is None or x.startswith("<speak>") else x

def out_speech(x):
    if x is None:
        return None
    if x.startswith("<speak>"):
        return {"type": "SSML", "ssml": x}
    return {"type": "PlainText", "text": x}

def plain(x):
    if x is None:
        return ""
    return re.sub(r"<[^>]+>", "", x)

# ---------------------------------------------------------------- Alexa envelopes
def alexa_sessions(case, loc, sessions, perms_granted=None, base_ts="2026-03-02T07:14:"):
    """yields (turn, request_envelope, response_envelope, session_index)"""
    app = "amzn1.ask.skill." + guid(case + "app")
    user = "amzn1.ask.account.A" + uid(case + "user").upper()[:40]
    dev = "amzn1.ask.device.A" + uid(case + "dev").upper()[:40]
    sec = 3
    res = []
    for si, sess in enumerate(sessions):
        sid = "amzn1.echo-api.session." + guid(case + str(si))
        attrs = {}
        for ti, turn in enumerate(sess):
            sec += 7
            ts = f"{base_ts}{sec % 60:02d}Z" if sec < 60 else f"{base_ts[:-3]}{15 + sec // 60:02d}:{sec % 60:02d}Z"
            rid = "amzn1.echo-api.request." + guid(f"{case}{si}{ti}")
            if turn.kind == "Launch":
                r = {"type": "LaunchRequest", "requestId": rid, "timestamp": ts, "locale": loc, "shouldLinkResultBeReturned": False}
            elif turn.kind == "SessionEnded":
                r = {"type": "SessionEndedRequest", "requestId": rid, "timestamp": ts, "locale": loc, "reason": "USER_INITIATED"}
            else:
                r = {"type": "IntentRequest", "requestId": rid, "timestamp": ts, "locale": loc,
                     "intent": {"name": turn.kind, "confirmationStatus": "NONE",
                                "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE", "source": "USER"} for k, v in turn.slots.items()}}}
            sysctx = {"application": {"applicationId": app}, "user": {"userId": user},
                      "device": {"deviceId": dev, "supportedInterfaces": {}}, "apiEndpoint": "https://api.amazonalexa.com",
                      "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}
            if perms_granted:
                sysctx["user"]["permissions"] = {"consentToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED", "scopes": {p: {"status": "GRANTED"} for p in perms_granted}}
            req = {"version": "1.0", "session": {"new": ti == 0, "sessionId": sid, "application": {"applicationId": app},
                                                 "attributes": dict(attrs), "user": {"userId": user}},
                   "context": {"System": sysctx}, "request": r}
            resp = {"version": "1.0", "response": {}}
            if turn.kind != "SessionEnded":
                if turn.speech is not None:
                    resp["response"]["outputSpeech"] = out_speech(turn.speech)
                if turn.rp is not None:
                    resp["response"]["reprompt"] = {"outputSpeech": out_speech(turn.rp)}
                if turn.card:
                    resp["response"]["card"] = turn.card
                resp["response"]["shouldEndSession"] = bool(turn.end)
                attrs["turn"] = ti + 1
                resp["sessionAttributes"] = dict(attrs)
                resp["userAgent"] = "ask-node/2.14.0 Node/v18.19.0"
            res.append((turn, req, resp, si, ts))
    return res

def rec(case, loc, shape, path, sessions, perms=None, base_ts="2026-03-02T07:14:"):
    rows = alexa_sessions(case, loc, sessions, perms, base_ts)
    R = RENDER[shape]
    R(case, loc, path, rows)

def r_envelope(case, loc, path, rows):
    for i, (turn, req, resp, si, ts) in enumerate(rows):
        if turn.kind == "SessionEnded":
            continue
        W(case, f"{path}/{i+1:02d}_{turn.kind.replace('AMAZON.', '').lower()}.json", resp)

def r_pairs_jsonl(case, loc, path, rows):
    W(case, path, "".join(json.dumps({"request": q, "response": s}, ensure_ascii=False) + "\n" for _, q, s, _, _ in rows))

def r_pairs_array(case, loc, path, rows):
    W(case, path, [{"request": q, "response": s} for _, q, s, _, _ in rows])

def _sim(case, q, s, turn, i):
    return {"id": guid(case + "sim" + str(i)), "status": "SUCCESSFUL",
            "result": {"alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": plain(s["response"].get("outputSpeech", {}).get("ssml") or s["response"].get("outputSpeech", {}).get("text"))}}] if s["response"].get("outputSpeech") else [],
                                              "consideredIntents": [{"name": turn.kind, "confirmationStatus": "NONE", "slots": {}}] if turn.kind not in ("Launch",) else []},
                       "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": "arn:aws:lambda:us-east-1:4471928301:function:ask-" + slug(case) + "-default", "body": q},
                                                                "invocationResponse": {"body": s}, "metrics": {"skillExecutionTimeInMilliseconds": 212 + i}}]}, "error": None}}

def r_smapi_sim(case, loc, path, rows):
    for i, (turn, q, s, si, ts) in enumerate(rows):
        if turn.kind == "SessionEnded":
            continue
        W(case, f"{path}/sim-{i+1:02d}.json", _sim(case, q, s, turn, i))

def r_smapi_inv(case, loc, path, rows):
    for i, (turn, q, s, si, ts) in enumerate(rows):
        W(case, f"{path}/invoke-{i+1:02d}.json", {"id": guid(case + "inv" + str(i)), "status": "SUCCESSFUL",
             "result": {"skillExecutionInfo": {"invocationRequest": {"endpoint": "arn:aws:lambda:ap-northeast-1:4471928301:function:" + slug(case), "body": q},
                                               "invocationResponse": {"body": s}, "metrics": {"skillExecutionTimeInMilliseconds": 180 + i}}}})

def r_ask_dialog(case, loc, path, rows):
    W(case, f"{path}/replay.json", {"skillId": rows[0][1]["session"]["application"]["applicationId"], "locale": loc, "type": "text",
                                     "userInput": [tr.said for tr, *_ in rows if tr.said], "storageKey": "dialog"})
    W(case, f"{path}/replay-output.json", [{"utterance": tr.said, "invocations": [{"invocationRequest": {"body": q}, "invocationResponse": {"body": s}}]} for tr, q, s, _, _ in rows if tr.said])

def r_cw_text(case, loc, path, rows):
    out = []
    for i, (turn, q, s, si, ts) in enumerate(rows):
        rid = guid(case + "lam" + str(i))
        t0 = ts.replace("Z", ".112Z")
        out.append(f"{t0} START RequestId: {rid} Version: $LATEST")
        out.append(f"{t0}\t{rid}\tINFO\tRequest: {json.dumps(q, ensure_ascii=False)}")
        out.append(f"{t0}\t{rid}\tINFO\tResponse: {json.dumps(s, ensure_ascii=False)}")
        out.append(f"{t0} END RequestId: {rid}")
        out.append(f"{t0} REPORT RequestId: {rid}\tDuration: {41+i}.22 ms\tBilled Duration: {42+i} ms\tMemory Size: 256 MB\tMax Memory Used: 88 MB")
    W(case, path, "\n".join(out) + "\n")

def r_cw_json(case, loc, path, rows):
    ev = []
    for i, (turn, q, s, si, ts) in enumerate(rows):
        rid = guid(case + "lam" + str(i))
        base = 1772435640000 + i * 7000
        ev.append({"logStreamName": "2026/03/02/[$LATEST]" + uid(case, 32), "timestamp": base, "message": f"{ts}\t{rid}\tINFO\tRequest: {json.dumps(q, ensure_ascii=False)}\n", "ingestionTime": base + 40, "eventId": uid(case + str(i) + "a", 24)})
        ev.append({"logStreamName": "2026/03/02/[$LATEST]" + uid(case, 32), "timestamp": base + 30, "message": f"{ts}\t{rid}\tINFO\tResponse: {json.dumps(s, ensure_ascii=False)}\n", "ingestionTime": base + 70, "eventId": uid(case + str(i) + "b", 24)})
    W(case, path, {"events": ev, "searchedLogStreams": []})

def r_har(case, loc, path, rows):
    ent = []
    for i, (turn, q, s, si, ts) in enumerate(rows):
        qt, st = json.dumps(q, ensure_ascii=False), json.dumps(s, ensure_ascii=False)
        ent.append({"startedDateTime": ts, "time": 120.5 + i, "request": {"method": "POST", "url": f"https://{slug(case)}.ngrok-free.app/", "httpVersion": "HTTP/1.1",
                     "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"}, {"name": "SignatureCertChainUrl", "value": "https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem"}],
                     "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(qt.encode()), "postData": {"mimeType": "application/json; charset=utf-8", "text": qt}},
                    "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [{"name": "Content-Type", "value": "application/json"}], "cookies": [],
                                 "content": {"size": len(st.encode()), "mimeType": "application/json", "text": st}, "redirectURL": "", "headersSize": -1, "bodySize": len(st.encode())},
                    "cache": {}, "timings": {"send": 0.2, "wait": 110.1, "receive": 1.1}})
    W(case, path, {"log": {"version": "1.2", "creator": {"name": "Charles Proxy", "version": "4.6.6"}, "pages": [], "entries": ent}})

def r_transcript(case, loc, path, rows):
    out = [f"# QA run {case} locale={loc}"]
    for turn, q, s, si, ts in rows:
        if turn.said:
            out.append(f"[{ts}] USER: {turn.said}")
        if turn.kind != "SessionEnded":
            sp = s["response"].get("outputSpeech")
            out.append(f"[{ts}] SKILL: {(sp or {}).get('ssml') or (sp or {}).get('text') or ''}")
            rp = s["response"].get("reprompt")
            if rp:
                o = rp["outputSpeech"]
                out.append(f"[{ts}] SKILL (reprompt): {o.get('ssml') or o.get('text')}")
            out.append(f"session_open={'false' if s['response']['shouldEndSession'] else 'true'}")
    W(case, path, "\n".join(out) + "\n")

# ---- shapes not in set 1
def _jest(o, ind=0):
    sp = "  " * ind
    if isinstance(o, dict):
        if not o:
            return "Object {}"
        return "Object {\n" + "".join(f"{sp}  {json.dumps(k, ensure_ascii=False)}: {_jest(v, ind+1)},\n" for k, v in o.items()) + sp + "}"
    if isinstance(o, list):
        if not o:
            return "Array []"
        return "Array [\n" + "".join(f"{sp}  {_jest(v, ind+1)},\n" for v in o) + sp + "]"
    if o is True: return "true"
    if o is False: return "false"
    if o is None: return "null"
    return json.dumps(o, ensure_ascii=False)

def r_jest(case, loc, path, rows):
    out = ["// Jest Snapshot v1, https://goo.gl/fbAQLP", ""]
    for i, (turn, q, s, si, ts) in enumerate(rows):
        if turn.kind == "SessionEnded":
            continue
        name = f"skill handler {turn.kind} ({turn.said or 'launch'}) 1"
        out.append(f"exports[`{name}`] = `\n{_jest(s)}\n`;\n")
    W(case, path, "\n".join(out))

def r_bespoken(case, loc, path, rows):
    inter = []
    for turn, q, s, si, ts in rows:
        if turn.kind == "SessionEnded" or not turn.said:
            continue
        sp = s["response"].get("outputSpeech") or {}
        rp = (s["response"].get("reprompt") or {}).get("outputSpeech") or {}
        inter.append({"input": turn.said, "passed": True, "actual": {"prompt": sp.get("ssml") or sp.get("text"), "reprompt": rp.get("ssml") or rp.get("text"),
                      "endSession": s["response"]["shouldEndSession"], "intent": turn.kind, "sessionId": q["session"]["sessionId"]}, "durationMs": 300})
    W(case, path, {"runner": "bespoken-tools 2.6.x (unit)", "locale": loc, "success": True,
                   "testSuites": [{"name": slug(case), "tests": [{"description": "happy path", "interactions": inter}]}]})

def r_curl(case, loc, path, rows):
    out = []
    for turn, q, s, si, ts in rows:
        b = json.dumps(q, ensure_ascii=False)
        out += [f"$ curl -v -X POST http://localhost:3001/ -H 'Content-Type: application/json' -d @fixtures/{turn.kind.lower()}.json",
                "*   Trying 127.0.0.1:3001...", "* Connected to localhost (127.0.0.1) port 3001 (#0)", "> POST / HTTP/1.1", "> Host: localhost:3001",
                "> Content-Type: application/json", f"> Content-Length: {len(b.encode())}", ">", b, "< HTTP/1.1 200 OK", "< content-type: application/json; charset=utf-8",
                "<", json.dumps(s, ensure_ascii=False), "* Connection #0 to host localhost left intact", ""]
    W(case, path, "\n".join(out))

def r_csv(case, loc, path, rows):
    f = io.StringIO()
    w = csv.writer(f)
    w.writerow(["tester", "session", "turn", "user_said", "device_said", "reprompt", "mic_open_after", "notes"])
    for i, (turn, q, s, si, ts) in enumerate(rows):
        if turn.kind == "SessionEnded":
            continue
        sp = s["response"].get("outputSpeech") or {}
        rp = (s["response"].get("reprompt") or {}).get("outputSpeech") or {}
        w.writerow(["qa-mk", si + 1, i + 1, turn.said or "(launch)", sp.get("ssml") or sp.get("text") or "", rp.get("ssml") or rp.get("text") or "",
                    "no" if s["response"]["shouldEndSession"] else "yes", ""])
    W(case, path, f.getvalue())

def r_slack(case, loc, path, rows):
    msgs = []
    base = 1772440000
    for i, (turn, q, s, si, ts) in enumerate(rows):
        if turn.kind == "SessionEnded":
            continue
        sp = s["response"].get("outputSpeech") or {}
        rp = (s["response"].get("reprompt") or {}).get("outputSpeech") or {}
        txt = f"*turn {i+1}* (session {si+1})\n> :bust_in_silhouette: {turn.said or '(opens skill)'}\n> :speaker: {sp.get('ssml') or sp.get('text') or ''}"
        if rp:
            txt += f"\n> :repeat: reprompt: {rp.get('ssml') or rp.get('text')}"
        txt += f"\n> shouldEndSession: `{str(s['response']['shouldEndSession']).lower()}`"
        msgs.append({"type": "message", "user": "U04QA7K2M", "text": txt, "ts": f"{base + i*31}.00{i:04d}", "user_profile": {"real_name": "QA bot"}})
    W(case, path, msgs)

RENDER = {"envelope": r_envelope, "pairs-jsonl": r_pairs_jsonl, "pairs-array": r_pairs_array, "smapi-simulation": r_smapi_sim,
          "smapi-invocation": r_smapi_inv, "ask-dialog": r_ask_dialog, "cloudwatch-text": r_cw_text, "cloudwatch-json": r_cw_json,
          "har": r_har, "transcript": r_transcript, "jest-snapshot": r_jest, "bespoken-results": r_bespoken, "curl-verbose": r_curl,
          "qa-sheet-csv": r_csv, "slack-export": r_slack}

# ---------------------------------------------------------------- Alexa project
BUILTIN = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent"]

def alexa(case, loc, inv, name, summary, intents, recs, labels, why, category="HEALTH_AND_FITNESS", policy=True, perms=None, child=False,
          types=None, code=None, extra_locales=None, granted=None, examples=None):
    """intents: list of (name, samples, {slot: type})"""
    pi = {"allowsPurchases": False, "usesPersonalInfo": bool(perms), "isChildDirected": child, "isExportCompliant": True, "containsAds": False,
          "locales": {loc: {"termsOfUseUrl": f"https://{slug(case)}.example.com/terms"}}}
    if policy:
        pi["locales"][loc]["privacyPolicyUrl"] = f"https://{slug(case)}.example.com/privacy"
    ex = examples or [f"Alexa, open {inv}"]
    man = {"manifest": {"publishingInformation": {"locales": {loc: {"summary": summary, "examplePhrases": ex, "name": name, "description": summary,
                                                                    "keywords": [], "smallIconUri": "https://example.com/i108.png", "largeIconUri": "https://example.com/i512.png"}},
                                                 "isAvailableWorldwide": False, "distributionCountries": [loc[-2:]], "testingInstructions": "n/a", "category": category},
                        "apis": {"custom": {"endpoint": {"uri": f"arn:aws:lambda:us-east-1:4471928301:function:{slug(case)}"}}},
                        "manifestVersion": "1.0", "privacyAndCompliance": pi}}
    if perms:
        man["manifest"]["permissions"] = [{"name": p} for p in perms]
    W(case, "skill-package/skill.json", man)
    for lc in [loc] + (extra_locales or []):
        ints = []
        for n, samples, slots in intents:
            ints.append({"name": n, "slots": [{"name": k, "type": v} for k, v in (slots or {}).items()], "samples": samples})
        for b in BUILTIN:
            if b not in [i["name"] for i in ints]:
                ints.append({"name": b, "samples": []})
        W(case, f"skill-package/interactionModels/custom/{lc}.json",
          {"interactionModel": {"languageModel": {"invocationName": inv, "intents": ints, "types": types or []}}})
    W(case, "ask-resources.json", {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {"skillMetadata": {"src": "./skill-package"}, "code": {"default": {"src": "./lambda"}}}}})
    if code:
        fn = "lambda/lambda_function.py" if code.lstrip().startswith(("import", "from", "#")) else "lambda/index.js"
        W(case, fn, code)
    shapes = []
    for r in recs:
        shape, path, sessions = r[:3]
        bts = r[3] if len(r) > 3 else "2026-03-02T07:14:"
        rec(case, loc, shape, path, sessions, granted, bts)
        if shape not in shapes:
            shapes.append(shape)
    LABELS[case] = {"categories": sorted(labels), "locale": loc, "shapes": shapes, "why": why}

# ---------------------------------------------------------------- Google
def g_prompt_rows(case, turns):
    return turns

def bphrase(p):
    return re.sub(r"[$]([A-Za-z0-9_]+)", lambda m: "($" + m.group(1) + " 'sample' auto=false)", p)

def google(case, loc, style, inv, name, intents, recs, labels, why, policy=True, perms=None, types=None, scenes=None, child=False, extra=None):
    """style: builder | dialogflow | sdk2. intents: list of (name, [phrases], {param: type})"""
    lang = loc.split("-")[0]
    pol = f"https://{slug(case)}.example.com/privacy" if policy else ""
    if style == "builder":
        W(case, "sdk/settings/settings.yaml", f"projectId: {slug(case)}-prod\ndefaultLocale: {lang}\nlocalizedSettings:\n  displayName: {name}\n  pronunciation: {inv}\n  fullDescription: {name}\n  smallLogoImage: $resources.images.logo\n  developerName: Studio {slug(case)}\n  developerEmail: dev@{slug(case)}.example.com\n  privacyPolicyUrl: '{pol}'\n  termsOfServiceUrl: ''\ncategory: HEALTH_AND_FITNESS\nusesTransactionsApi: false\nusesDigitalPurchaseApi: false\ndesignedForFamily: {str(child).lower()}\n")
        W(case, "sdk/manifest.yaml", "version: '1.0'\n")
        W(case, "sdk/actions/actions.yaml", "actions:\n  actions.intent.MAIN:\n    handler:\n      webhookHandler: main\n    fulfillment: {}\n")
        for n, ph, params in intents:
            y = ""
            if params:
                y += "parameters:\n" + "".join(f"- name: {k}\n  type:\n    name: {v}\n" for k, v in params.items())
            y += "trainingPhrases:\n" + "".join("- " + json.dumps(bphrase(p), ensure_ascii=False) + "\n" for p in ph)
            W(case, f"sdk/custom/intents/{n}.yaml", y)
        for tn, body in (types or {}).items():
            W(case, f"sdk/custom/types/{tn}.yaml", body)
        for sn, body in (scenes or {}).items():
            W(case, f"sdk/custom/scenes/{sn}.yaml", body)
        if perms:
            W(case, "sdk/custom/scenes/AskPermission.yaml", "conditionalEvents:\n- condition: scene.slots.status == \"FINAL\"\n  transitionToScene: Main\nslots:\n- name: user_info\n  type:\n    name: actions.type.Permission\n  config:\n    '@type': type.googleapis.com/google.actions.conversation.v3.PermissionValueSpec\n    context: To personalise your experience\n    permissions:\n" + "".join(f"    - {p}\n" for p in perms))
    elif style == "dialogflow":
        W(case, "agent.json", {"description": name, "language": lang, "supportedLanguages": [], "googleAssistant": {"googleAssistantCompatible": True, "project": slug(case), "welcomeIntentSignInRequired": False, "startIntents": [], "systemIntents": [], "endIntentIds": [], "oAuthLinking": {"required": False}, "voiceType": "MALE_1", "capabilities": [], "env": "", "protocolVersion": "V2", "isDeviceAgent": False},
                            "defaultTimezone": "Asia/Kolkata" if loc == "hi-IN" else "Europe/Rome" if loc == "it-IT" else "Asia/Tokyo" if loc == "ja-JP" else "Australia/Sydney" if loc == "en-AU" else "America/New_York",
                            "webhook": {"url": f"https://europe-west1-{slug(case)}.cloudfunctions.net/dialogflowFirebaseFulfillment", "available": True}, "isPrivate": True,
                            "customClassifierMode": "use.after", "mlMinConfidence": 0.3, "supportedLanguages": [], "onePlatformApiVersion": "v2", "analyzeQueryTextSentiment": False, "enabledKnowledgeBaseNames": [], "knowledgeServiceConfidenceAdjustment": 0.0, "dialogBuilderMode": False, "baseActionPackagesUrl": "",
                            "actionsOnGoogle": {"displayName": name, "invocationName": inv, "privacyPolicyUrl": pol}})
        W(case, "package.json", {"name": slug(case), "version": "0.0.1"})
        for n, ph, params in intents:
            W(case, f"intents/{n}.json", {"id": guid(case + n), "name": n, "auto": True, "contexts": [], "responses": [{"resetContexts": False, "action": n.lower(), "affectedContexts": [],
                  "parameters": [{"id": guid(case + n + k), "name": k, "required": False, "dataType": v, "value": "$" + k, "isList": False} for k, v in (params or {}).items()],
                  "messages": [], "defaultResponsePlatforms": {}, "speech": []}], "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": False, "events": []})
            us = []
            for p in ph:
                parts = []
                for seg in re.split(r"(\{[^}]+\})", p):
                    if not seg:
                        continue
                    m = re.match(r"\{([^}]+)\}", seg)
                    if m:
                        k = m.group(1)
                        parts.append({"text": "something" if lang != "ja" else "なにか", "alias": k, "meta": (params or {}).get(k, "@sys.any"), "userDefined": True})
                    else:
                        parts.append({"text": seg, "userDefined": False})
                us.append({"id": guid(case + p), "data": parts, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
            W(case, f"intents/{n}_usersays_{lang}.json", us)
        for tn, ents in (types or {}).items():
            W(case, f"entities/{tn}.json", {"id": guid(tn), "name": tn, "isOverridable": True, "isEnum": False, "isRegexp": False, "automatedExpansion": False, "allowFuzzyExtraction": False})
            W(case, f"entities/{tn}_entries_{lang}.json", ents)
    else:
        acts = []
        for n, ph, params in intents:
            acts.append({"name": n, "intent": {"name": n, "parameters": [{"name": k, "type": v} for k, v in (params or {}).items()], "trigger": {"queryPatterns": ph}},
                         "fulfillment": {"conversationName": slug(case)}})
        W(case, "action.json", {"locale": loc, "actions": acts, "conversations": {slug(case): {"name": slug(case), "url": f"https://{slug(case)}.example.com/fulfill", "fulfillmentApiVersion": 2}},
                                "manifest": {"displayName": name, "invocationName": inv, "privacyPolicyUrl": pol, "category": "HEALTH_AND_FITNESS"}, "types": types or []})
    shapes = []
    for shape, path, sessions in recs:
        GRENDER[shape](case, loc, path, sessions, style)
        if shape not in shapes:
            shapes.append(shape)
    LABELS[case] = {"categories": sorted(labels), "locale": loc, "shapes": shapes, "why": why}

def _g_rows(case, sessions):
    rows = []
    for si, sess in enumerate(sessions):
        conv = uid(case + "conv" + str(si), 24).upper()
        for ti, turn in enumerate(sess):
            rows.append((turn, conv, si, ti))
    return rows

def g_scene(case, loc, path, sessions, style):
    n = 0
    for turn, conv, si, ti in _g_rows(case, sessions):
        n += 1
        req = {"handler": {"name": "main" if turn.kind == "Launch" else turn.kind.lower()},
               "intent": {"name": "actions.intent.MAIN" if turn.kind == "Launch" else turn.kind, "params": {k: {"original": v, "resolved": v} for k, v in turn.slots.items()}, "query": turn.said or ""},
               "scene": {"name": "actions.scene.START_CONVERSATION" if ti == 0 else "Main", "slotFillingStatus": "UNSPECIFIED", "slots": {}},
               "session": {"id": "ABwppHF" + conv, "params": {}, "typeOverrides": [], "languageCode": loc},
               "user": {"locale": loc, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED", "verificationStatus": "VERIFIED", "packageEntitlements": [], "gaiaMint": "", "lastSeenTime": "2026-03-01T10:00:00Z"},
               "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"], "timeZone": {"id": "Europe/Rome"}}}
        resp = {"session": {"id": "ABwppHF" + conv, "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": turn.speech or "", "text": plain(turn.speech)}}}
        if turn.rp is not None:
            resp["prompt"]["lastSimple"] = {"speech": turn.rp, "text": plain(turn.rp)}
        resp["scene"] = {"name": "Main", "slots": {}, "next": {"name": "actions.scene.END_CONVERSATION" if turn.end else "Main"}}
        W(case, f"{path}/{n:02d}-request.json", req)
        W(case, f"{path}/{n:02d}-response.json", resp)

def g_df(case, loc, path, sessions, style):
    n = 0
    for turn, conv, si, ti in _g_rows(case, sessions):
        n += 1
        req = {"responseId": guid(case + "r" + str(n)), "session": f"projects/{slug(case)}/agent/sessions/{conv}",
               "queryResult": {"queryText": turn.said or "GOOGLE_ASSISTANT_WELCOME", "parameters": dict(turn.slots), "allRequiredParamsPresent": True,
                               "intent": {"name": f"projects/{slug(case)}/agent/intents/{guid(case + turn.kind)}", "displayName": "Default Welcome Intent" if turn.kind == "Launch" else turn.kind},
                               "intentDetectionConfidence": 0.87, "languageCode": loc.lower()},
               "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {"user": {"locale": loc, "userVerificationStatus": "VERIFIED"},
                                               "conversation": {"conversationId": conv, "type": "NEW" if ti == 0 else "ACTIVE"},
                                               "inputs": [{"intent": "actions.intent.MAIN" if turn.kind == "Launch" else "actions.intent.TEXT", "rawInputs": [{"inputType": "VOICE", "query": turn.said or ""}]}],
                                               "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}}}}
        items = [{"simpleResponse": {"textToSpeech": turn.speech or "", "displayText": plain(turn.speech)}}]
        g = {"expectUserResponse": not turn.end, "richResponse": {"items": items}}
        if turn.rp is not None:
            g["noInputPrompts"] = [{"textToSpeech": turn.rp}]
        if turn.card == "PERMISSION":
            g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": "To send your results", "permissions": ["NAME"]}}
        resp = {"fulfillmentText": plain(turn.speech), "payload": {"google": g}}
        W(case, f"{path}/{n:02d}-webhook-request.json", req)
        W(case, f"{path}/{n:02d}-webhook-response.json", resp)

def g_conv(case, loc, path, sessions, style):
    out = []
    for turn, conv, si, ti in _g_rows(case, sessions):
        req = {"user": {"locale": loc, "userStorage": "{}"}, "conversation": {"conversationId": conv, "type": "NEW" if ti == 0 else "ACTIVE"},
               "inputs": [{"intent": "actions.intent.MAIN" if turn.kind == "Launch" else turn.kind, "rawInputs": [{"inputType": "VOICE", "query": turn.said or ""}],
                           "arguments": [{"name": k, "textValue": v, "rawText": v} for k, v in turn.slots.items()]}],
               "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}, "isInSandbox": True}
        resp = {"expectUserResponse": not turn.end}
        items = {"items": [{"simpleResponse": {"textToSpeech": turn.speech or ""}}]}
        if turn.end:
            resp["finalResponse"] = {"richResponse": items}
        else:
            ei = {"inputPrompt": {"richInitialPrompt": items}, "possibleIntents": [{"intent": "actions.intent.TEXT"}]}
            if turn.rp is not None:
                ei["inputPrompt"]["noInputPrompts"] = [{"textToSpeech": turn.rp}]
            if turn.card == "PERMISSION":
                ei["possibleIntents"] = [{"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": "To personalise", "permissions": ["NAME"]}}]
            resp["expectedInputs"] = [ei]
        out.append({"request": req, "response": resp})
    W(case, path, out)

def g_cloudlog(case, loc, path, sessions, style):
    ent = []
    for i, (turn, conv, si, ti) in enumerate(_g_rows(case, sessions)):
        reqd = {"handler": {"name": turn.kind.lower()}, "intent": {"name": turn.kind, "query": turn.said or "", "params": {k: {"original": v, "resolved": v} for k, v in turn.slots.items()}},
                "session": {"id": "ABwppHF" + conv}, "user": {"locale": loc}}
        respd = {"prompt": {"firstSimple": {"speech": turn.speech or ""}}, "scene": {"next": {"name": "actions.scene.END_CONVERSATION" if turn.end else "Main"}}}
        if turn.rp is not None:
            respd["prompt"]["lastSimple"] = {"speech": turn.rp}
        for kind, body in (("Request", reqd), ("Response", respd)):
            ent.append({"insertId": uid(case + str(i) + kind, 16), "resource": {"type": "cloud_function", "labels": {"function_name": "ActionsOnGoogleFulfillment", "region": "asia-northeast1", "project_id": slug(case)}},
                        "textPayload": f"{kind}: {json.dumps(body, ensure_ascii=False)}", "timestamp": f"2026-03-04T11:{10 + i:02d}:0{'1' if kind == 'Request' else '2'}.31Z",
                        "severity": "INFO", "labels": {"execution_id": uid(case + str(i), 12)}, "logName": f"projects/{slug(case)}/logs/cloudfunctions.googleapis.com%2Fcloud-functions", "receiveTimestamp": "2026-03-04T11:10:05Z"})
    W(case, path, ent)

GRENDER = {"gactions-scene": g_scene, "dialogflow-webhook": g_df, "gactions-conversation": g_conv, "cloud-logging-json": g_cloudlog}

def reset():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)

"""Helpers that turn hand-written case specs into project folders and recordings."""
import csv, hashlib, io, json, os, random, uuid, datetime

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "cases")
LABELS = {}
STD = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent"]


def _h(*a):
    return hashlib.sha1("|".join(map(str, a)).encode()).hexdigest()


def uid(*a):
    h = _h(*a)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def write(cid, rel, content):
    p = os.path.join(OUT, cid, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    if not isinstance(content, str):
        content = json.dumps(content, indent=2, ensure_ascii=False) + "\n"
    with open(p, "w", encoding="utf-8") as f:
        f.write(content)


def label(cid, cats, locale, shapes, why):
    assert cid not in LABELS, cid
    LABELS[cid] = {"categories": sorted(cats), "locale": locale, "shapes": sorted(set(shapes)), "why": why}


# ---------------------------------------------------------------- Alexa package
def skill_json(cid, name, loc, inv, desc, policy, child, perms, category="KIDS", locales=None, extra_loc=None):
    locs = {}
    for l in (locales or [loc]):
        d = {"summary": desc[:160], "examplePhrases": [ex_open(l, inv)], "name": name, "description": desc,
             "smallIconUri": f"https://cdn.example-skills.net/{cid}/icon108.png",
             "largeIconUri": f"https://cdn.example-skills.net/{cid}/icon512.png", "keywords": []}
        locs[l] = d
    pc = {"allowsPurchases": False, "usesPersonalInfo": bool(perms), "isChildDirected": child,
          "isExportCompliant": True, "containsAds": False}
    if policy:
        pc["locales"] = {l: {"privacyPolicyUrl": policy, "termsOfUseUrl": policy.rsplit("/", 1)[0] + "/terms"} for l in (locales or [loc])}
    m = {"manifest": {"publishingInformation": {"locales": locs, "isAvailableWorldwide": False,
                                                "testingInstructions": "Launch the skill and follow the prompts.",
                                                "category": category, "distributionCountries": [COUNTRY.get(loc, "US")]},
                      "apis": {"custom": {"endpoint": {"uri": f"arn:aws:lambda:{REGION.get(loc,'us-east-1')}:41{int(_h(cid)[:8],16)%10**10:010d}:function:{cid[6:]}"}, "interfaces": []}},
                      "manifestVersion": "1.0", "privacyAndCompliance": pc}}
    if perms:
        m["manifest"]["permissions"] = [{"name": p} for p in perms]
    write(cid, "skill-package/skill.json", m)


COUNTRY = {"en-US": "US", "de-DE": "DE", "es-ES": "ES", "fr-FR": "FR", "it-IT": "IT", "ja-JP": "JP", "pt-BR": "BR", "en-GB": "GB"}
REGION = {"de-DE": "eu-west-1", "es-ES": "eu-west-1", "fr-FR": "eu-west-1", "it-IT": "eu-west-1", "ja-JP": "us-west-2"}
OPEN = {"en": "Alexa, open {}", "de": "Alexa, öffne {}", "es": "Alexa, abre {}", "fr": "Alexa, ouvre {}", "it": "Alexa, apri {}", "ja": "アレクサ、{}を開いて", "pt": "Alexa, abra {}"}


def ex_open(loc, inv):
    return OPEN[loc[:2]].format(inv)


PERM = {"name": "alexa::profile:name:read", "given": "alexa::profile:given_name:read", "email": "alexa::profile:email:read",
        "phone": "alexa::profile:mobile_number:read", "address": "alexa::devices:all:address:full:read",
        "zip": "alexa:devices:all:address:country_and_postal_code:read", "geo": "alexa::devices:all:geolocation:read",
        "lists": "alexa::household:lists:read", "listsw": "alexa::household:lists:write", "reminders": "alexa::alerts:reminders:skill:readwrite",
        "timers": "alexa::alerts:timers:skill:readwrite"}


def model(cid, loc, inv, intents, types=None, dialog=None):
    its = []
    for it in intents:
        name, slots, samples = it
        its.append({"name": name, "slots": [{"name": s, "type": t} for s, t in slots], "samples": samples})
    have = {i["name"] for i in its}
    for s in STD:
        if s not in have:
            its.append({"name": s, "samples": []})
    lm = {"invocationName": inv, "intents": its, "types": []}
    for tn, vals in (types or {}).items():
        lm["types"].append({"name": tn, "values": [{"name": {"value": v}} if isinstance(v, str) else {"name": {"value": v[0], "synonyms": v[1:]}} for v in vals]})
    im = {"interactionModel": {"languageModel": lm}}
    if dialog:
        im["interactionModel"]["dialog"] = dialog
    write(cid, f"skill-package/interactionModels/custom/{loc}.json", im)


# ---------------------------------------------------------------- Alexa exchanges
def ssml(t):
    if t is None:
        return None
    return t if t.startswith("<speak>") else f"<speak>{t}</speak>"


def resp_env(speech, reprompt, end, extra=None, attrs=None):
    r = {}
    if speech is not None:
        r["outputSpeech"] = {"type": "SSML", "ssml": ssml(speech)}
    if reprompt is not None:
        r["reprompt"] = {"outputSpeech": {"type": "SSML", "ssml": ssml(reprompt)}}
    if extra:
        r.update(extra)
    if end is not None:
        r["shouldEndSession"] = end
    return {"version": "1.0", "sessionAttributes": attrs or {}, "userAgent": "ask-node/2.14.0 Node/v18.19.0", "response": r}


def req_env(cid, loc, sid, new, turn_req, ts, user="A"):
    app = "amzn1.ask.skill." + uid(cid, "app")
    usr = "amzn1.ask.account." + _h(cid, user).upper()[:40] + "EXAMPLEUSER"
    dev = "amzn1.ask.device." + _h(cid, "dev").upper()[:40]
    if turn_req == "Launch":
        r = {"type": "LaunchRequest"}
    elif turn_req == "SessionEnded":
        r = {"type": "SessionEndedRequest", "reason": "USER_INITIATED"}
    else:
        name, slots = (turn_req, {}) if isinstance(turn_req, str) else turn_req
        r = {"type": "IntentRequest", "intent": {"name": name, "confirmationStatus": "NONE",
                                                  "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE", "source": "USER"} for k, v in slots.items()}}}
    r.update({"requestId": "amzn1.echo-api.request." + uid(cid, sid, ts), "locale": loc, "timestamp": ts})
    if r["type"] == "IntentRequest":
        r["dialogState"] = "COMPLETED" if False else r.get("dialogState", None) or "STARTED"
        del r["dialogState"]
    sess = {"new": new, "sessionId": "amzn1.echo-api.session." + sid, "application": {"applicationId": app}, "user": {"userId": usr}}
    if not new:
        sess["attributes"] = {}
    return {"version": "1.0", "session": sess,
            "context": {"System": {"application": {"applicationId": app}, "user": {"userId": usr},
                                   "device": {"deviceId": dev, "supportedInterfaces": {}},
                                   "apiEndpoint": "https://api.eu.amazonalexa.com" if loc[:2] in ("de", "es", "fr", "it") else ("https://api.fe.amazonalexa.com" if loc == "ja-JP" else "https://api.amazonalexa.com"),
                                   "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.REDACTED"},
                        "Viewport": {"experiences": [{"canRotate": False, "canResize": False}], "shape": "ROUND", "pixelWidth": 480, "pixelHeight": 480} if False else None},
            "request": r}


def exchanges(cid, loc, sessions, start="2026-03-02T18:05:00Z", user="A"):
    """sessions: list of lists of turns (req, utterance, speech, reprompt, end[, extra]). Returns list of dicts."""
    t = datetime.datetime.strptime(start, "%Y-%m-%dT%H:%M:%SZ")
    out = []
    for si, sess in enumerate(sessions):
        sid = uid(cid, start, si)
        for ti, turn in enumerate(sess):
            req, utt, sp, rp, end = turn[:5]
            extra = turn[5] if len(turn) > 5 else None
            ts = t.strftime("%Y-%m-%dT%H:%M:%SZ")
            rq = req_env(cid, loc, sid, ti == 0, req, ts, user)
            del rq["context"]["Viewport"]
            if req == "SessionEnded":
                rs = {"version": "1.0", "response": {}}
            else:
                rs = resp_env(sp, rp, end, extra)
            out.append({"req": rq, "resp": rs, "utt": utt, "ts": ts, "sid": sid})
            t += datetime.timedelta(seconds=7 + ti * 3)
        t += datetime.timedelta(minutes=11)
    return out


def speech_text(resp):
    r = resp.get("response", {})
    os_ = r.get("outputSpeech", {})
    return os_.get("ssml") or os_.get("text") or ""


def reprompt_text(resp):
    r = resp.get("response", {})
    return (r.get("reprompt") or {}).get("outputSpeech", {}).get("ssml")


# ---------------------------------------------------------------- renderers (Alexa)
def r_envelope(cid, ex, d):
    for i, e in enumerate(ex):
        write(cid, f"{d}/{i+1:02d}-{req_name(e['req'])}.json", e["resp"])


def req_name(rq):
    r = rq["request"]
    return r["intent"]["name"].replace("AMAZON.", "") if r["type"] == "IntentRequest" else r["type"]


def r_pairs_jsonl(cid, ex, path):
    write(cid, path, "".join(json.dumps({"request": e["req"], "response": e["resp"]}, ensure_ascii=False) + "\n" for e in ex))


def r_pairs_array(cid, ex, path):
    write(cid, path, [{"request": e["req"], "response": e["resp"]} for e in ex])


def _endpoint(cid):
    return f"arn:aws:lambda:us-east-1:41{int(_h(cid)[:8],16)%10**10:010d}:function:{cid[6:]}"


def r_smapi_sim(cid, ex, d):
    for i, e in enumerate(ex):
        write(cid, f"{d}/sim-{i+1:02d}.json", {"id": uid(cid, "sim", i), "status": "SUCCESSFUL", "result": {
            "alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": strip(speech_text(e["resp"]))}}],
                                   "consideredIntents": []},
            "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": _endpoint(cid), "body": e["req"]},
                                                    "invocationResponse": {"body": e["resp"]},
                                                    "metrics": {"skillExecutionTimeInMilliseconds": 180 + i * 13}}]}, "error": None}})


def r_smapi_inv(cid, ex, d):
    for i, e in enumerate(ex):
        write(cid, f"{d}/invoke-{i+1:02d}.json", {"id": uid(cid, "inv", i), "status": "SUCCESSFUL", "result": {
            "skillExecutionInfo": {"invocationRequest": {"endpoint": _endpoint(cid), "body": e["req"]},
                                   "invocationResponse": {"body": e["resp"]}, "metrics": {"skillExecutionTimeInMilliseconds": 201 + i}},
            "error": None}})


def r_ask_dialog(cid, ex, d, loc, text=False):
    write(cid, f"{d}/dialog-replay.json", {"skillId": "amzn1.ask.skill." + uid(cid, "app"), "locale": loc, "type": "text",
                                           "userInput": [e["utt"] for e in ex if e["utt"]]})
    if text:
        lines = []
        for e in ex:
            if e["utt"]:
                lines.append(f"User  > {e['utt']}")
            lines.append(f"Alexa > {strip(speech_text(e['resp']))}")
        write(cid, f"{d}/dialog-output.txt", "\n".join(lines) + "\n")
    else:
        write(cid, f"{d}/dialog-output.json", [{"utterance": e["utt"], "invocations": [{"invocationRequest": {"endpoint": _endpoint(cid), "body": e["req"]}, "invocationResponse": {"body": e["resp"]}}]} for e in ex if e["utt"]])


def _ms(ts):
    return int(datetime.datetime.strptime(ts, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=datetime.timezone.utc).timestamp() * 1000)


def r_cw_text(cid, ex, path, py=False):
    out = []
    for e in ex:
        rid = uid(cid, "lambda", e["ts"])
        ts = e["ts"].replace("Z", ".412Z")
        out.append(f"START RequestId: {rid} Version: $LATEST")
        if py:
            out.append(f"[INFO]\t{ts}\t{rid}\tRequest: {json.dumps(e['req'], ensure_ascii=False)}")
            out.append(f"[INFO]\t{ts}\t{rid}\tResponse: {json.dumps(e['resp'], ensure_ascii=False)}")
        else:
            out.append(f"{ts}\t{rid}\tINFO\tRequest: {json.dumps(e['req'], ensure_ascii=False)}")
            out.append(f"{ts}\t{rid}\tINFO\tResponse: {json.dumps(e['resp'], ensure_ascii=False)}")
        out.append(f"END RequestId: {rid}")
        out.append(f"REPORT RequestId: {rid}\tDuration: 212.33 ms\tBilled Duration: 213 ms\tMemory Size: 256 MB\tMax Memory Used: 88 MB")
    write(cid, path, "\n".join(out) + "\n")


def r_cw_json(cid, ex, path):
    ev = []
    for e in ex:
        rid = uid(cid, "lambda", e["ts"])
        ts = e["ts"].replace("Z", ".118Z")
        for k, body in (("Request", e["req"]), ("Response", e["resp"])):
            ev.append({"logStreamName": f"2026/03/02/[$LATEST]{_h(cid)[:32]}", "timestamp": _ms(e["ts"]),
                       "message": f"{ts}\t{rid}\tINFO\t{k}: {json.dumps(body, ensure_ascii=False)}\n", "ingestionTime": _ms(e["ts"]) + 900, "eventId": str(int(_h(cid, ts, k)[:15], 16))})
    write(cid, path, {"events": ev, "searchedLogStreams": []})


def r_har(cid, ex, path, url=None):
    url = url or f"https://{cid[6:]}.example-kids.app/alexa"
    ents = []
    for e in ex:
        rb = json.dumps(e["req"], ensure_ascii=False)
        sb = json.dumps(e["resp"], ensure_ascii=False)
        ents.append({"startedDateTime": e["ts"].replace("Z", ".000Z"), "time": 143,
                     "request": {"method": "POST", "url": url, "httpVersion": "HTTP/1.1", "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"}, {"name": "Signature-256", "value": "REDACTED"}],
                                 "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(rb.encode()), "postData": {"mimeType": "application/json", "text": rb}},
                     "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [{"name": "Content-Type", "value": "application/json"}], "cookies": [],
                                  "content": {"size": len(sb.encode()), "mimeType": "application/json", "text": sb}, "redirectURL": "", "headersSize": -1, "bodySize": len(sb.encode())},
                     "cache": {}, "timings": {"send": 1, "wait": 140, "receive": 2}})
    write(cid, path, {"log": {"version": "1.2", "creator": {"name": "mitmproxy har_dump", "version": "10.1"}, "entries": ents}})


def strip(s):
    import re
    return re.sub(r"<[^>]+>", "", s or "").strip()


def r_transcript(cid, ex, path):
    lines = [f"# QA transcript {cid[6:]}"]
    for e in ex:
        ts = e["ts"].replace("T", " ").replace("Z", "")
        if e["utt"]:
            lines.append(f"[{ts}] USER: {e['utt']}")
        lines.append(f"[{ts}] SKILL: {strip(speech_text(e['resp']))}")
        rp = reprompt_text(e["resp"])
        if rp is not None:
            lines.append(f"[{ts}] REPROMPT: {rp}")
        lines.append(f"[{ts}] session_open={str(not e['resp'].get('response', {}).get('shouldEndSession', True)).lower()}")
    write(cid, path, "\n".join(lines) + "\n")


# ---------------------------------------------------------------- new shapes
def r_pino(cid, ex, path):
    """pino JSON logs (ask-sdk request/response interceptors logging through pino)."""
    out = []
    for e in ex:
        t = _ms(e["ts"])
        out.append(json.dumps({"level": 30, "time": t, "pid": 8, "hostname": "169.254.12.7", "reqId": e["req"]["request"]["requestId"], "msg": "incoming request", "requestEnvelope": e["req"]}, ensure_ascii=False))
        out.append(json.dumps({"level": 30, "time": t + 211, "pid": 8, "hostname": "169.254.12.7", "reqId": e["req"]["request"]["requestId"], "msg": "outgoing response", "responseEnvelope": e["resp"]}, ensure_ascii=False))
    write(cid, path, "\n".join(out) + "\n")


def _pf(v, ind=0):
    """jest pretty-format (snapshotFormat printBasicPrototype:false): quoted keys, trailing commas."""
    p = "  " * ind
    if isinstance(v, dict):
        if not v:
            return "{}"
        return "{\n" + "".join(f'{p}  "{k}": {_pf(x, ind+1)},\n' for k, x in sorted(v.items())) + p + "}"
    if isinstance(v, list):
        if not v:
            return "[]"
        return "[\n" + "".join(f"{p}  {_pf(x, ind+1)},\n" for x in v) + p + "]"
    if isinstance(v, str):
        return '"' + v.replace('"', '\\"') + '"'
    if v is None:
        return "null"
    return json.dumps(v)


def r_jest(cid, ex, path, suite):
    out = ["// Jest Snapshot v1, https://goo.gl/fbAQLP", ""]
    for i, e in enumerate(ex):
        nm = f"{suite} {req_name(e['req'])} {e['utt'] or 'launch'} 1".replace("`", "'")
        out.append(f"exports[`{nm}`] = `\n{_pf(e['resp'])}\n`;\n")
    write(cid, path, "\n".join(out))


def r_junit(cid, ex, path, suite):
    from xml.sax.saxutils import escape, quoteattr
    cases = []
    for i, e in enumerate(ex):
        body = "request: " + json.dumps(e["req"], ensure_ascii=False) + "\nresponse: " + json.dumps(e["resp"], ensure_ascii=False)
        cases.append(f'    <testcase name={quoteattr((e["utt"] or "launch") + " -> " + req_name(e["req"]))} classname="{suite}" time="0.{210+i}">\n      <system-out><![CDATA[{body}]]></system-out>\n    </testcase>')
    xml = f'<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="Mocha Tests" tests="{len(ex)}" failures="0" time="1.9">\n  <testsuite name={quoteattr(suite)} timestamp="{ex[0]["ts"][:-1]}" tests="{len(ex)}" failures="0" time="1.9">\n' + "\n".join(cases) + "\n  </testsuite>\n</testsuites>\n"
    write(cid, path, xml)


def r_bespoken(cid, ex, d, loc):
    """bst test: the YAML test script plus the JSON report written with --report."""
    y = [f"---", f"configuration:", f"  locale: {loc}", f"  description: regression", "", "---", "- test: conversation"]
    for e in ex:
        if e["utt"]:
            y.append(f"- \"{e['utt']}\": \"*\"")
    write(cid, f"{d}/conversation.test.yml", "\n".join(y) + "\n")
    tests = [{"description": "conversation", "interactions": [{"input": e["utt"] or "LaunchRequest", "durationInMs": 300,
                                                                "actual": {"transcript": strip(speech_text(e["resp"])), "prompt": speech_text(e["resp"]), "reprompt": reprompt_text(e["resp"]),
                                                                           "endSession": e["resp"].get("response", {}).get("shouldEndSession"), "raw": {"request": e["req"], "response": e["resp"]}},
                                                                "passed": True} for e in ex]}]
    write(cid, f"{d}/test_output/report/results.json", {"name": "bst unit test", "locale": loc, "skillURL": "index.handler", "testSuites": [{"name": "conversation.test.yml", "tests": tests}]})


def r_newman(cid, ex, path):
    """newman run --reporters json: response bodies are stored as Buffer byte arrays."""
    exe = []
    for i, e in enumerate(ex):
        sb = json.dumps(e["resp"], ensure_ascii=False).encode()
        exe.append({"id": uid(cid, "nw", i), "item": {"name": e["utt"] or "launch"},
                    "request": {"url": {"protocol": "http", "host": ["localhost"], "port": "3000", "path": ["alexa"]}, "method": "POST",
                                "header": [{"key": "Content-Type", "value": "application/json"}], "body": {"mode": "raw", "raw": json.dumps(e["req"], ensure_ascii=False)}},
                    "response": {"id": uid(cid, "nr", i), "status": "OK", "code": 200, "header": [{"key": "Content-Type", "value": "application/json"}],
                                 "stream": {"type": "Buffer", "data": list(sb)}, "responseTime": 38 + i, "responseSize": len(sb)}})
    write(cid, path, {"collection": {"info": {"name": f"{cid[6:]} local", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}},
                      "run": {"stats": {"requests": {"total": len(ex), "failed": 0}}, "executions": exe, "failures": []}})


def r_csv(cid, ex, path):
    """conversation-analytics CSV export (one row per turn)."""
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["timestamp", "session_id", "platform", "locale", "intent", "user_text", "bot_text", "reprompt", "end_session"])
    for e in ex:
        r = e["resp"].get("response", {})
        w.writerow([e["ts"], e["sid"], "alexa", e["req"]["request"]["locale"], req_name(e["req"]), e["utt"] or "",
                    speech_text(e["resp"]), reprompt_text(e["resp"]) or "", str(r.get("shouldEndSession", "")).lower()])
    write(cid, path, buf.getvalue())


def r_markdown(cid, ex, path, title):
    """chat log pasted from the developer console test tab into a QA ticket."""
    out = [f"## {title}", ""]
    for e in ex:
        if e["utt"]:
            out.append(f"**🧒 user:** {e['utt']}  ")
        r = e["resp"].get("response", {})
        out.append(f"**🔊 skill:** {strip(speech_text(e['resp']))}  ")
        rp = reprompt_text(e["resp"])
        out.append(f"<sub>reprompt: `{rp if rp is not None else '(none)'}` · shouldEndSession: `{str(r.get('shouldEndSession')).lower()}`</sub>")
        out.append("")
    write(cid, path, "\n".join(out))


def render(cid, loc, shape, ex, where):
    if shape == "envelope": r_envelope(cid, ex, where)
    elif shape == "pairs-jsonl": r_pairs_jsonl(cid, ex, where)
    elif shape == "pairs-array": r_pairs_array(cid, ex, where)
    elif shape == "smapi-simulation": r_smapi_sim(cid, ex, where)
    elif shape == "smapi-invocation": r_smapi_inv(cid, ex, where)
    elif shape == "ask-dialog": r_ask_dialog(cid, ex, where, loc)
    elif shape == "ask-dialog-text": r_ask_dialog(cid, ex, where, loc, text=True); shape = "ask-dialog"
    elif shape == "cloudwatch-text": r_cw_text(cid, ex, where)
    elif shape == "cloudwatch-text-py": r_cw_text(cid, ex, where, py=True); shape = "cloudwatch-text"
    elif shape == "cloudwatch-json": r_cw_json(cid, ex, where)
    elif shape == "har": r_har(cid, ex, where)
    elif shape == "transcript": r_transcript(cid, ex, where)
    elif shape == "pino-jsonl": r_pino(cid, ex, where)
    elif shape == "jest-snapshot": r_jest(cid, ex, where, cid[6:])
    elif shape == "junit-xml": r_junit(cid, ex, where, cid[6:])
    elif shape == "bespoken-report": r_bespoken(cid, ex, where, loc)
    elif shape == "newman-json": r_newman(cid, ex, where)
    elif shape == "analytics-csv": r_csv(cid, ex, where)
    elif shape == "markdown-chatlog": r_markdown(cid, ex, where, cid[6:])
    else: raise ValueError(shape)
    return shape


def alexa(cid, cats, why, loc, name, inv, desc, intents, recs, types=None, policy=None, child=True, perms=(), code=None, category="KIDS", extra=None, dialog=None):
    """recs: list of (shape, where, sessions[, start_ts])."""
    skill_json(cid, name, loc, inv, desc, policy, child, [PERM.get(p, p) for p in perms], category)
    model(cid, loc, inv, intents, types, dialog)
    write(cid, "ask-resources.json", {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {"skillMetadata": {"src": "./skill-package"},
          "code": {"default": {"src": "./lambda"}}, "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler"}}}}})
    if code:
        fn, txt = code
        write(cid, fn, txt)
    for k, v in (extra or {}).items():
        write(cid, k, v)
    shapes = []
    for rec in recs:
        shape, where, sessions = rec[:3]
        start = rec[3] if len(rec) > 3 else "2026-03-02T18:05:00Z"
        ex = exchanges(cid, loc, sessions, start)
        shapes.append(render(cid, loc, shape, ex, where))
    label(cid, cats, loc, shapes, why)

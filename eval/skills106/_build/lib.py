"""Builders for set 106: project files and recordings in many shapes.
All case content (speech, models, manifests) is hand-written in cases_*.py; this file only
serialises it into the formats real tools produce."""
import base64, csv, hashlib, io, json, os, re

OUT = None  # set by gen.py


def _h(*parts, n=32):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


def uid(*parts):
    h = _h(*parts)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def write(case, rel, data):
    p = os.path.join(OUT, "cases", case, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    if isinstance(data, (dict, list)):
        data = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    with open(p, "w", encoding="utf-8") as f:
        f.write(data)


# ---------------------------------------------------------------- Alexa project
BUILTINS = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent",
            "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent"]


def alexa_project(c):
    cid = c["id"]
    locs = c.get("locales") or [c["locale"]]
    pub = {}
    for loc in locs:
        pub[loc] = {
            "summary": c.get("summary", c["desc"][:120]),
            "examplePhrases": c.get("examples") or [f"Alexa, open {c['inv']}"],
            "name": c["name"],
            "description": c["desc"],
            "keywords": c.get("keywords", []),
            "smallIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{_h(cid, 's', n=4)}/APP_ICON?versionId=small",
            "largeIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{_h(cid, 'l', n=4)}/APP_ICON_LARGE?versionId=large",
        }
    pc = {"allowsPurchases": False, "usesPersonalInfo": bool(c.get("perms")) or c.get("personal", False),
          "isChildDirected": c.get("child", False), "isExportCompliant": True, "containsAds": False}
    if c.get("policy"):
        pc["locales"] = {loc: {"privacyPolicyUrl": c["policy"], "termsOfUseUrl": c.get("terms", c["policy"].rsplit("/", 1)[0] + "/terms")} for loc in locs}
    manifest = {
        "publishingInformation": {
            "locales": pub, "isAvailableWorldwide": False,
            "testingInstructions": c.get("testing", "Open the skill and follow the prompts."),
            "category": c.get("category", "HEALTH_AND_FITNESS"),
            "distributionCountries": c.get("countries", ["US"]),
            "automaticDistribution": {"isActive": False}},
        "apis": {"custom": {"endpoint": c.get("endpoint") or {"uri": f"arn:aws:lambda:us-east-1:{int(_h(cid, n=8), 16) % 10**12:012d}:function:{cid.split('-', 1)[1]}"}}},
        "manifestVersion": "1.0",
        "privacyAndCompliance": pc,
    }
    if c.get("interfaces"):
        manifest["apis"]["custom"]["interfaces"] = [{"type": t} for t in c["interfaces"]]
    if c.get("perms"):
        manifest["permissions"] = [{"name": p} for p in c["perms"]]
    write(cid, "skill-package/skill.json", {"manifest": manifest})
    models = c.get("models") or {loc: (c["inv"], c.get("intents", []), c.get("types", {})) for loc in locs}
    for loc, (inv, intents, types) in models.items():
        its = []
        for it in intents:
            name, samples = it[0], it[1]
            slots = it[2] if len(it) > 2 else {}
            d = {"name": name}
            if slots:
                d["slots"] = [{"name": k, "type": v} for k, v in slots.items()]
            d["samples"] = samples
            its.append(d)
        have = {i["name"] for i in its}
        for b in BUILTINS:
            if b not in have:
                its.append({"name": b, "samples": []})
        tys = [{"name": k, "values": [{"name": {"value": v}} for v in vs]} for k, vs in types.items()]
        lm = {"invocationName": inv, "intents": its, "types": tys}
        write(cid, f"skill-package/interactionModels/custom/{loc}.json", {"interactionModel": {"languageModel": lm}})
    write(cid, "ask-resources.json", {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
        "skillMetadata": {"src": "./skill-package"},
        "code": {"default": {"src": "./lambda"}},
        "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler"}}}}})
    for rel, text in (c.get("files") or {}).items():
        write(cid, rel, text)


# ---------------------------------------------------------------- turns -> Alexa envelopes
def ssml(t):
    if t is None:
        return None
    if t.startswith("PLAIN:"):
        return {"type": "PlainText", "text": t[6:]}
    if t.startswith("<speak>"):
        return {"type": "SSML", "ssml": t}
    return {"type": "SSML", "ssml": f"<speak>{t}</speak>"}


def resp(t, sdk="ask-node/2.14.0 Node/v18.19.0"):
    r = {}
    if t.get("say") is not None:
        r["outputSpeech"] = ssml(t["say"])
    if t.get("card"):
        r["card"] = {"type": "Simple", "title": t["card"][0], "content": t["card"][1]}
    if t.get("rp") is not None:
        r["reprompt"] = {"outputSpeech": ssml(t["rp"])}
    if t.get("directives"):
        r["directives"] = t["directives"]
    if "end" in t and t["end"] is not None:
        r["shouldEndSession"] = t["end"]
    out = {"version": "1.0", "sessionAttributes": t.get("attrs", {}), "userAgent": sdk, "response": r}
    return out


class Sess:
    """Expands sessions (lists of turns) into Alexa request/response pairs with consistent ids."""

    def __init__(self, cid, locale, sessions, tag="", start="2025-03-04T18:20:00Z", perms_token=True):
        self.cid, self.locale, self.tag = cid, locale, tag
        self.app = "amzn1.ask.skill." + uid(cid, "app")
        self.user = "amzn1.ask.account." + _h(cid, "user", n=40).upper() + "QXZ" + _h(cid, "u2", n=20).upper()
        self.dev = "amzn1.ask.device." + _h(cid, "dev", n=40).upper()
        self.pairs = []
        base = _ts_to_sec(start)
        k = 0
        for si, turns in enumerate(sessions):
            sid = "amzn1.echo-api.session." + uid(cid, tag, "s", si)
            for ti, t in enumerate(turns):
                k += 1
                ts = _sec_to_ts(base + si * 600 + ti * 14)
                self.pairs.append((self.req(t, sid, ti == 0, ts, k), resp(t), t, sid, ts))

    def req(self, t, sid, new, ts, k):
        i = t.get("i", "Launch")
        rid = "amzn1.echo-api.request." + uid(self.cid, self.tag, "r", k)
        if i == "Launch":
            r = {"type": "LaunchRequest", "requestId": rid, "locale": self.locale, "timestamp": ts, "shouldLinkResultBeReturned": False}
        elif i == "SessionEnded":
            r = {"type": "SessionEndedRequest", "requestId": rid, "locale": self.locale, "timestamp": ts, "reason": "USER_INITIATED"}
        else:
            name = {"Stop": "AMAZON.StopIntent", "Cancel": "AMAZON.CancelIntent", "Help": "AMAZON.HelpIntent",
                    "Fallback": "AMAZON.FallbackIntent", "Yes": "AMAZON.YesIntent", "No": "AMAZON.NoIntent"}.get(i, i)
            slots = {k2: {"name": k2, "value": v, "confirmationStatus": "NONE", "source": "USER"} for k2, v in (t.get("s") or {}).items()}
            r = {"type": "IntentRequest", "requestId": rid, "locale": self.locale, "timestamp": ts, "dialogState": "COMPLETED" if slots else None,
                 "intent": {"name": name, "confirmationStatus": "NONE", "slots": slots}}
            if not slots:
                r.pop("dialogState")
        sess = {"new": new, "sessionId": sid, "application": {"applicationId": self.app}, "user": {"userId": self.user}}
        if not new:
            sess["attributes"] = t.get("in_attrs", {})
        sysd = {"application": {"applicationId": self.app}, "user": {"userId": self.user},
                "device": {"deviceId": self.dev, "supportedInterfaces": {}},
                "apiEndpoint": "https://api.amazonalexa.com", "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.eyJhdWQiOiJodHRwczovL2FwaS5hbWF6b25hbGV4YS5jb20ifQ.REDACTED"}
        if t.get("consent"):
            sysd["user"]["permissions"] = {"consentToken": "Atza|REDACTED"}
        return {"version": "1.0", "session": sess, "context": {"System": sysd}, "request": r}

    def speech_text(self, t):
        s = t.get("say") or ""
        return re.sub(r"^PLAIN:", "", s)


def _ts_to_sec(ts):
    import datetime
    return int(datetime.datetime.strptime(ts, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=datetime.timezone.utc).timestamp())


def _sec_to_ts(s, fmt="%Y-%m-%dT%H:%M:%SZ"):
    import datetime
    return datetime.datetime.fromtimestamp(s, datetime.timezone.utc).strftime(fmt)


def plain(s):
    """SSML/markup -> what a person would read in a transcript (markup kept if nothing else)."""
    if s is None:
        return ""
    s = re.sub(r"^PLAIN:", "", s)
    return s


# ---------------------------------------------------------------- Alexa recording shapes
def rec_envelope(S, rel_dir, names=None):
    for n, (rq, rs, t, sid, ts) in enumerate(S.pairs):
        nm = names[n] if names else f"{n + 1:02d}-{(t.get('i') or 'Launch').split('.')[-1].lower()}.json"
        write(S.cid, f"{rel_dir}/{nm}", rs)


def rec_pairs_jsonl(S, rel):
    write(S.cid, rel, "".join(json.dumps({"request": rq, "response": rs}, ensure_ascii=False) + "\n" for rq, rs, *_ in S.pairs))


def rec_pairs_array(S, rel):
    write(S.cid, rel, [{"request": rq, "response": rs} for rq, rs, *_ in S.pairs])


def _sim(S, rq, rs, t, n):
    return {"id": uid(S.cid, S.tag, "sim", n), "status": "SUCCESSFUL", "result": {
        "alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": _caption(rs)}}], "consideredIntents": []},
        "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": f"arn:aws:lambda:us-east-1:000000000000:function:{S.cid.split('-', 1)[1]}", "body": rq},
                                                 "invocationResponse": {"body": rs}, "metrics": {"skillExecutionTimeInMilliseconds": 180 + n * 7}}]},
        "error": None}}


def _caption(rs):
    o = rs["response"].get("outputSpeech") or {}
    s = o.get("ssml") or o.get("text") or ""
    return re.sub(r"<[^>]+>", "", s).strip()


def rec_smapi_sim(S, rel_dir, utterances=None):
    for n, (rq, rs, t, sid, ts) in enumerate(S.pairs):
        d = _sim(S, rq, rs, t, n)
        write(S.cid, f"{rel_dir}/simulation-{n + 1:02d}.json", d)


def rec_smapi_invoke(S, rel_dir):
    for n, (rq, rs, t, sid, ts) in enumerate(S.pairs):
        d = {"id": uid(S.cid, S.tag, "inv", n), "status": "SUCCESSFUL", "result": {"skillExecutionInfo": {
            "invocationRequest": {"endpoint": f"arn:aws:lambda:us-east-1:000000000000:function:{S.cid.split('-', 1)[1]}", "body": rq},
            "invocationResponse": {"body": rs}, "metrics": {"skillExecutionTimeInMilliseconds": 95 + n * 11}}, "error": None}}
        write(S.cid, f"{rel_dir}/invoke-{n + 1:02d}-{(t.get('i') or 'launch').lower()}.json", d)


def rec_ask_dialog(S, rel_replay, rel_out, text_record=False, assistant="Alexa"):
    inputs = [t.get("u", "") for _, _, t, _, _ in S.pairs]
    write(S.cid, rel_replay, {"skillId": S.app, "stage": "development", "locale": S.locale, "type": "text", "userInput": inputs})
    if text_record:
        lines = []
        for rq, rs, t, sid, ts in S.pairs:
            lines.append(f"User  > {t.get('u', '')}")
            lines.append(f"{assistant} > {_caption(rs)}")
        write(S.cid, rel_out, "\n".join(lines) + "\n")
    else:
        write(S.cid, rel_out, [{"utterance": t.get("u", ""), "invocations": [{"invocationRequest": {"endpoint": "https://skill.local/", "body": rq}, "invocationResponse": {"body": rs}}]}
                               for rq, rs, t, sid, ts in S.pairs])


def rec_cloudwatch_text(S, rel, python=False, kw=("Request: ", "Response: ")):
    out = []
    for n, (rq, rs, t, sid, ts) in enumerate(S.pairs):
        lid = uid(S.cid, S.tag, "lambda", n)
        tss = ts.replace("Z", ".%03dZ" % (100 + n))
        out.append(f"{tss} START RequestId: {lid} Version: $LATEST")
        if python:
            out.append(f"[INFO]\t{tss}\t{lid}\t{kw[0]}{json.dumps(rq, ensure_ascii=False)}")
            out.append(f"[INFO]\t{tss}\t{lid}\t{kw[1]}{json.dumps(rs, ensure_ascii=False)}")
        else:
            out.append(f"{tss}\t{lid}\tINFO\t{kw[0]}{json.dumps(rq, ensure_ascii=False)}")
            out.append(f"{tss}\t{lid}\tINFO\t{kw[1]}{json.dumps(rs, ensure_ascii=False)}")
        out.append(f"{tss} END RequestId: {lid}")
        out.append(f"{tss} REPORT RequestId: {lid}\tDuration: {120 + n * 3}.41 ms\tBilled Duration: {121 + n * 3} ms\tMemory Size: 256 MB\tMax Memory Used: 88 MB")
    write(S.cid, rel, "\n".join(out) + "\n")


def rec_cloudwatch_json(S, rel):
    ev = []
    base = _ts_to_sec(S.pairs[0][4]) * 1000 if S.pairs else 0
    for n, (rq, rs, t, sid, ts) in enumerate(S.pairs):
        lid = uid(S.cid, S.tag, "lambda", n)
        tm = _ts_to_sec(ts) * 1000 + 120
        for m in (f"{ts}\t{lid}\tINFO\tRequest: {json.dumps(rq, ensure_ascii=False)}\n", f"{ts}\t{lid}\tINFO\tResponse: {json.dumps(rs, ensure_ascii=False)}\n"):
            ev.append({"logStreamName": f"2025/03/04/[$LATEST]{_h(S.cid, 'ls', n=32)}", "timestamp": tm, "message": m, "ingestionTime": tm + 900, "eventId": str(int(_h(S.cid, n, m[:30], n=16), 16))})
    write(S.cid, rel, {"events": ev, "searchedLogStreams": []})


def rec_har(S, rel, url="https://api.example-health.net/alexa"):
    entries = []
    for n, (rq, rs, t, sid, ts) in enumerate(S.pairs):
        entries.append({"startedDateTime": ts.replace("Z", ".000Z"), "time": 143 + n,
                        "request": {"method": "POST", "url": url, "httpVersion": "HTTP/1.1",
                                    "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"}, {"name": "Signature-256", "value": "REDACTED"}],
                                    "queryString": [], "cookies": [], "headersSize": -1, "bodySize": -1,
                                    "postData": {"mimeType": "application/json", "text": json.dumps(rq, ensure_ascii=False)}},
                        "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [{"name": "Content-Type", "value": "application/json"}],
                                     "cookies": [], "content": {"size": -1, "mimeType": "application/json", "text": json.dumps(rs, ensure_ascii=False)},
                                     "redirectURL": "", "headersSize": -1, "bodySize": -1},
                        "cache": {}, "timings": {"send": 1, "wait": 140, "receive": 2}})
    write(S.cid, rel, {"log": {"version": "1.2", "creator": {"name": "Charles Proxy", "version": "4.6.6"}, "pages": [], "entries": entries}})


def rec_transcript(S, rel, who="SKILL"):
    out, last = [], None
    for rq, rs, t, sid, ts in S.pairs:
        if sid != last:
            out.append(f"--- session {sid[-12:]} ---")
            last = sid
        out.append(f"[{ts}] USER: {t.get('u', '')}")
        out.append(f"[{ts}] {who}: {_caption(rs)}")
        rp = (rs["response"].get("reprompt") or {}).get("outputSpeech")
        if rp:
            out.append(f"[{ts}] {who} (reprompt): {rp.get('ssml') or rp.get('text')}")
        e = rs["response"].get("shouldEndSession")
        out.append(f"session_open={'false' if e else 'true'}")
    write(S.cid, rel, "\n".join(out) + "\n")


# --- shapes not in set 1 ---
def rec_jest_snapshot(S, rel, suite="skill handlers"):
    """Jest snapshot file (__snapshots__/*.snap) of handler outputs, as ask-sdk unit tests produce."""
    out = ["// Jest Snapshot v1, https://goo.gl/fbAQLP", ""]
    for n, (rq, rs, t, sid, ts) in enumerate(S.pairs):
        title = f"{suite} {t.get('u') or t.get('i', 'Launch')} 1"
        out.append(f"exports[`{title}`] = `\n{_jestify(rs['response'])}\n`;\n")
    write(S.cid, rel, "\n".join(out))


def _jestify(o, ind=0):
    sp = "  " * ind
    if isinstance(o, dict):
        if not o:
            return "Object {}"
        items = [f'{sp}  "{k}": {_jestify(v, ind + 1)},' for k, v in o.items()]
        return "Object {\n" + "\n".join(items) + f"\n{sp}}}"
    if isinstance(o, list):
        if not o:
            return "Array []"
        return "Array [\n" + "\n".join(f"{sp}  {_jestify(v, ind + 1)}," for v in o) + f"\n{sp}]"
    if isinstance(o, bool):
        return "true" if o else "false"
    if o is None:
        return "null"
    if isinstance(o, (int, float)):
        return str(o)
    return '"' + str(o).replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`") + '"'


def rec_bespoken(S, rel):
    """Bespoken Virtual Device batch results (one result per utterance)."""
    res = []
    for rq, rs, t, sid, ts in S.pairs:
        rp = (rs["response"].get("reprompt") or {}).get("outputSpeech") or {}
        res.append({"message": t.get("u", ""), "transcript": _caption(rs), "transcriptAudioURL": None, "streamURL": None,
                    "card": None if not rs["response"].get("card") else {"title": rs["response"]["card"]["title"], "mainTitle": None, "textField": rs["response"]["card"]["content"]},
                    "debug": {"rawJSON": {"messageBody": json.dumps(rs, ensure_ascii=False)}, "reprompt": rp.get("ssml") or rp.get("text"),
                              "shouldEndSession": rs["response"].get("shouldEndSession")}})
    write(S.cid, rel, {"results": res, "conversation_id": uid(S.cid, "bst")})


def rec_junit(S, rel, suite="SkillHandlerTests"):
    from xml.sax.saxutils import escape
    cases = []
    for n, (rq, rs, t, sid, ts) in enumerate(S.pairs):
        out = escape("request=" + json.dumps(rq["request"], ensure_ascii=False) + "\nresponse=" + json.dumps(rs, ensure_ascii=False))
        cases.append(f'    <testcase classname="tests.test_handlers" name="test_{n:02d}_{re.sub(r"[^a-z0-9]+", "_", (t.get("u") or "launch").lower())[:40]}" time="0.{40 + n:03d}">\n      <system-out>{out}</system-out>\n    </testcase>')
    xml = f'<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n  <testsuite name="{suite}" errors="0" failures="0" skipped="0" tests="{len(cases)}" time="1.204" timestamp="{S.pairs[0][4]}" hostname="ci-runner-7">\n' + "\n".join(cases) + "\n  </testsuite>\n</testsuites>\n"
    write(S.cid, rel, xml)


def rec_postman(S, rel, url="https://{{skill_host}}/alexa/webhook"):
    items = []
    for n, (rq, rs, t, sid, ts) in enumerate(S.pairs):
        body = json.dumps(rq, indent=2, ensure_ascii=False)
        req = {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}], "body": {"mode": "raw", "raw": body, "options": {"raw": {"language": "json"}}}, "url": {"raw": url, "host": ["{{skill_host}}"], "path": ["alexa", "webhook"]}}
        items.append({"name": f"{n + 1:02d} {t.get('u') or t.get('i')}", "request": req, "response": [{"name": "saved example", "originalRequest": req, "status": "OK", "code": 200, "_postman_previewlanguage": "json", "header": [{"key": "Content-Type", "value": "application/json"}], "cookie": [], "body": json.dumps(rs, indent=2, ensure_ascii=False)}]})
    write(S.cid, rel, {"info": {"_postman_id": uid(S.cid, "pm"), "name": f"{S.cid.split('-', 1)[1]} webhook", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}, "item": items, "variable": [{"key": "skill_host", "value": "localhost:3000"}]})


def rec_csv(S, rel, header=("session", "turn", "timestamp", "user_said", "skill_said", "reprompt", "mic_open")):
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(header)
    last, k = None, 0
    for rq, rs, t, sid, ts in S.pairs:
        k = k + 1 if sid == last else 1
        last = sid
        rp = (rs["response"].get("reprompt") or {}).get("outputSpeech") or {}
        e = rs["response"].get("shouldEndSession")
        w.writerow([sid[-8:], k, ts, t.get("u", ""), (rs["response"].get("outputSpeech") or {}).get("ssml") or (rs["response"].get("outputSpeech") or {}).get("text") or "", rp.get("ssml") or rp.get("text") or "", "no" if e else "yes"])
    write(S.cid, rel, buf.getvalue())


def rec_slack(S, rel, tester="U04QAHT3R", bot="B05SKLBOT"):
    msgs = []
    base = _ts_to_sec(S.pairs[0][4])
    for n, (rq, rs, t, sid, ts) in enumerate(S.pairs):
        b = _ts_to_sec(ts)
        msgs.append({"type": "message", "user": tester, "text": f"said: _{t.get('u', '')}_", "ts": f"{b}.{100200 + n * 2:06d}", "thread_ts": f"{base}.100000"})
        rp = (rs["response"].get("reprompt") or {}).get("outputSpeech") or {}
        e = rs["response"].get("shouldEndSession")
        txt = f"*device:* {_caption(rs)}\n> reprompt: `{rp.get('ssml') or rp.get('text') or ''}`\n> shouldEndSession: `{json.dumps(e)}`"
        msgs.append({"type": "message", "subtype": "bot_message", "bot_id": bot, "username": "skill-qa-relay", "text": txt, "ts": f"{b}.{100201 + n * 2:06d}", "thread_ts": f"{base}.100000"})
    write(S.cid, rel, msgs)


def rec_ngrok(S, rel, host="c0ffee42.ngrok.io"):
    reqs = []
    for n, (rq, rs, t, sid, ts) in enumerate(S.pairs):
        qb = json.dumps(rq, ensure_ascii=False).encode()
        sb = json.dumps(rs, ensure_ascii=False).encode()
        rawq = b"POST /alexa HTTP/1.1\r\nHost: " + host.encode() + b"\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: " + str(len(qb)).encode() + b"\r\n\r\n" + qb
        raws = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + str(len(sb)).encode() + b"\r\n\r\n" + sb
        reqs.append({"uri": f"/api/requests/http/{_h(S.cid, 'ng', n, n=26)}", "id": _h(S.cid, 'ng', n, n=26), "tunnel_name": "command_line", "remote_addr": "54.240.197.9", "start": ts, "duration": 180000000 + n,
                     "request": {"method": "POST", "proto": "HTTP/1.1", "headers": {"Content-Type": ["application/json; charset=utf-8"]}, "uri": "/alexa", "raw": base64.b64encode(rawq).decode()},
                     "response": {"status": "200 OK", "status_code": 200, "proto": "HTTP/1.1", "headers": {"Content-Type": ["application/json"]}, "raw": base64.b64encode(raws).decode()}})
    write(S.cid, rel, {"requests": reqs, "uri": "/api/requests/http"})


ALEXA_SHAPES = {
    "envelope": rec_envelope, "pairs-jsonl": rec_pairs_jsonl, "pairs-array": rec_pairs_array,
    "smapi-simulation": rec_smapi_sim, "smapi-invocation": rec_smapi_invoke, "ask-dialog": rec_ask_dialog,
    "cloudwatch-text": rec_cloudwatch_text, "cloudwatch-json": rec_cloudwatch_json, "har": rec_har,
    "transcript": rec_transcript, "jest-snapshot": rec_jest_snapshot, "bespoken-virtual-device": rec_bespoken,
    "junit-xml": rec_junit, "postman-collection": rec_postman, "qa-csv": rec_csv, "slack-export": rec_slack,
    "ngrok-inspect": rec_ngrok,
}


# ---------------------------------------------------------------- Google projects
def yaml_str(s):
    return json.dumps(s, ensure_ascii=False)


def builder_project(c):
    """Actions Builder layout. c['scenes'] = {name: yaml text}, c['gintents'] = {name: [phrases]} or yaml text,
    c['gtypes'] = {name: yaml text}."""
    cid = c["id"]
    lang = c.get("glang", "en")
    st = [f"defaultLocale: {lang}", f"projectId: {c.get('project', cid.split('-', 1)[1])}",
          "localizedSettings:", f"  displayName: {yaml_str(c['name'])}", f"  pronunciation: {yaml_str(c['inv'])}",
          f"  shortDescription: {yaml_str(c['desc'][:80])}", f"  fullDescription: {yaml_str(c['desc'])}",
          f"  developerName: {yaml_str(c.get('dev', 'Homeward Labs'))}", f"  developerEmail: {c.get('email', 'dev@example.org')}",
          f"  privacyPolicyUrl: {c['policy']}" if c.get("policy") else "  privacyPolicyUrl: \"\"",
          f"  sampleInvocations:", f"  - Talk to {c['inv']}",
          f"category: {c.get('gcat', 'HEALTH_AND_FITNESS')}", "usesTransactionsApi: false", "usesDigitalPurchaseApi: false",
          "usesInteractiveCanvas: false", "usesHomeStorage: false", "designedForFamily: " + ("true" if c.get("child") else "false"),
          "containsAlcoholOrTobaccoContent: false", "keepsMicOpen: false", "surfaceRequirements:", "  minimumRequirements:", "  - capability: AUDIO_OUTPUT"]
    write(cid, "sdk/settings/settings.yaml", "\n".join(st) + "\n")
    write(cid, "sdk/actions/actions.yaml", "actions:\n  actions.intent.MAIN:\n    handler:\n      webhookHandler: main\n    intent:\n      name: actions.intent.MAIN\n")
    write(cid, "sdk/manifest.yaml", "version: \"1.0\"\n")
    write(cid, "sdk/webhooks/ActionsOnGoogleFulfillment.yaml", "httpsEndpoint:\n  baseUrl: " + c.get("webhook", "https://us-central1-" + c.get("project", cid.split('-', 1)[1]) + ".cloudfunctions.net/ActionsOnGoogleFulfillment") + "\n")
    sub = "" if lang == "en" else ""
    for name, body in (c.get("gintents") or {}).items():
        if isinstance(body, list):
            body = "trainingPhrases:\n" + "".join(f"- {yaml_str(p)}\n" for p in body)
        write(cid, f"sdk/custom/intents/{name}.yaml", body)
    for name, body in (c.get("scenes") or {}).items():
        write(cid, f"sdk/custom/scenes/{name}.yaml", body)
    for name, body in (c.get("gtypes") or {}).items():
        write(cid, f"sdk/custom/types/{name}.yaml", body)
    for rel, text in (c.get("files") or {}).items():
        write(cid, rel, text)


def actionsdk_project(c):
    cid = c["id"]
    acts = c["actions"]
    d = {"actions": acts, "conversations": {c.get("conv", "main"): {"name": c.get("conv", "main"), "url": c.get("webhook", "https://europe-west1-" + cid.split('-', 1)[1] + ".cloudfunctions.net/fulfillment")}},
         "locale": c.get("glocale", "en"),
         "manifest": {"displayName": c["name"], "invocationName": c["inv"], "shortDescription": c["desc"][:80], "longDescription": c["desc"],
                      "category": c.get("gcat", "HEALTH_AND_FITNESS"), "privacyUrl": c.get("policy", ""), "companyName": c.get("dev", "")}}
    if c.get("types"):
        d["types"] = c["types"]
    write(cid, "action.json", d)
    for rel, text in (c.get("files") or {}).items():
        write(cid, rel, text)


def dialogflow_project(c):
    cid = c["id"]
    lang = c.get("glang", "en")
    write(cid, "agent.json", {"description": c["desc"], "language": lang, "shortDescription": c["desc"][:60], "examples": "", "linkToDocs": "",
                              "disableInteractionLogs": False, "disableStackdriverLogs": True,
                              "googleAssistant": {"googleAssistantCompatible": True, "project": cid.split('-', 1)[1], "welcomeIntentSignInRequired": False,
                                                  "startIntents": [], "systemIntents": [], "endIntentIds": [], "oAuthLinking": {"required": False, "grantType": "AUTH_CODE_GRANT"},
                                                  "voiceType": "MALE_1", "capabilities": [], "env": "", "protocolVersion": "V2", "autoPreviewEnabled": True, "isDeviceAgent": False},
                              "defaultTimezone": c.get("tz", "America/New_York"), "webhook": {"url": c.get("webhook", "https://dfhook.example.org/" + cid.split('-', 1)[1]), "available": True, "useForDomains": False, "cloudFunctionsEnabled": False, "cloudFunctionsInitialized": False},
                              "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformApi": True, "onePlatformApiVersion": "v2beta1", "analyzeQueryTextSentiment": False, "enabledKnowledgeBaseNames": [], "knowledgeServiceConfidenceAdjustment": 0.0, "dialogBuilderMode": False, "baseActionPackagesUrl": "",
                              "displayName": c["name"], "invocationName": c["inv"], "privacyPolicyUrl": c.get("policy", "")})
    write(cid, "package.json", {"version": "1.0.0"})
    for it in c["dfintents"]:
        name, phrases = it["name"], it["phrases"]
        params = it.get("params", [])
        iid = uid(cid, name)
        msgs = [{"type": "0", "title": "", "textToSpeech": "", "lang": lang, "condition": "", "speech": it.get("speech", [])}] if it.get("speech") else []
        write(cid, f"intents/{name}.json", {"id": iid, "name": name, "auto": True, "contexts": [], "responses": [{"resetContexts": False, "action": it.get("action", ""), "affectedContexts": [],
              "parameters": [{"id": uid(cid, name, p[0]), "name": p[0], "required": p[2] if len(p) > 2 else False, "dataType": p[1], "value": "$" + p[0], "defaultValue": "", "isList": False, "prompts": [], "promptMessages": [], "noMatchPromptMessages": [], "noInputPromptMessages": [], "outputDialogContexts": []} for p in params],
              "messages": msgs, "defaultResponsePlatforms": {}, "speech": []}], "priority": 500000, "webhookUsed": it.get("webhook", True), "webhookForSlotFilling": False, "fallbackIntent": it.get("fallback", False), "events": [{"name": e} for e in it.get("events", [])], "conditionalResponses": [], "condition": "", "conditionalFollowupEvents": []})
        us = []
        for ph in phrases:
            parts = []
            for seg in re.split(r"(\[[^\]]+\])", ph):
                if not seg:
                    continue
                m = re.match(r"\[([^|]+)\|([^|]+)\|([^\]]+)\]", seg)
                if m:
                    parts.append({"text": m.group(1), "alias": m.group(2), "meta": m.group(3), "userDefined": True})
                else:
                    parts.append({"text": seg, "userDefined": False})
            us.append({"id": uid(cid, name, ph), "data": parts, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
        if us:
            write(cid, f"intents/{name}_usersays_{lang}.json", us)
    for rel, text in (c.get("files") or {}).items():
        write(cid, rel, text)


# ---------------------------------------------------------------- Google recordings
def g_scene(cid, sessions, rel, lang="en-US"):
    out = []
    for si, turns in enumerate(sessions):
        sid = "ABwppHG" + _h(cid, "gs", si, n=40)
        for ti, t in enumerate(turns):
            scene = t.get("scene", "Main")
            rq = {"handler": {"name": t.get("handler") or t.get("i") or ("main" if ti == 0 else "handle")},
                  "intent": {"name": t.get("i") or ("actions.intent.MAIN" if ti == 0 else "actions.intent.TEXT"), "params": {k: {"original": v, "resolved": v} for k, v in (t.get("s") or {}).items()}, "query": t.get("u", "")},
                  "scene": {"name": scene if ti else "actions.scene.START_CONVERSATION", "slotFillingStatus": "UNSPECIFIED", "slots": {}},
                  "session": {"id": sid, "params": t.get("in_params", {}), "typeOverrides": [], "languageCode": ""},
                  "user": {"locale": lang, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED", "verificationStatus": "VERIFIED", "packageEntitlements": [], "gaiamint": "", "permissions": t.get("granted", []), "lastSeenTime": "2025-02-11T09:12:44Z"},
                  "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"]}}
            rs = {"session": {"id": sid, "params": t.get("params", {})}, "prompt": {"override": False, "firstSimple": {"speech": t.get("say", ""), "text": t.get("text", re.sub(r"<[^>]+>", "", t.get("say", "")))}}}
            nxt = t.get("next")
            if t.get("end"):
                nxt = "actions.scene.END_CONVERSATION"
            rs["scene"] = {"name": scene, "slots": {}}
            if nxt:
                rs["scene"]["next"] = {"name": nxt}
            if t.get("rp") is not None:
                rs["session"]["params"]["noInputReprompt"] = t["rp"]
            out.append({"request": rq, "response": rs})
    return out


def g_dialogflow(cid, sessions, lang="en"):
    out = []
    for si, turns in enumerate(sessions):
        sess = f"projects/{cid.split('-', 1)[1]}/agent/sessions/ABwppHG{_h(cid, 'df', si, n=36)}"
        for ti, t in enumerate(turns):
            rq = {"responseId": uid(cid, "df", si, ti), "queryResult": {"queryText": t.get("u", "GOOGLE_ASSISTANT_WELCOME"), "parameters": t.get("s", {}), "allRequiredParamsPresent": True,
                  "fulfillmentMessages": [{"text": {"text": [""]}}], "outputContexts": [], "intent": {"name": f"projects/{cid.split('-', 1)[1]}/agent/intents/{uid(cid, t.get('i', 'Default Welcome Intent'))}", "displayName": t.get("i", "Default Welcome Intent")},
                  "intentDetectionConfidence": 1, "languageCode": lang},
                  "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {"user": {"locale": lang, "userVerificationStatus": "VERIFIED", **({"permissions": t["granted"]} if t.get("granted") else {})},
                      "conversation": {"conversationId": sess.rsplit("/", 1)[1], "type": "NEW" if ti == 0 else "ACTIVE"}, "inputs": [{"intent": "actions.intent.MAIN" if ti == 0 else ("actions.intent.PERMISSION" if t.get("granted") else "actions.intent.TEXT"),
                      "rawInputs": [{"inputType": "VOICE", "query": t.get("u", "")}]}], "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}, "isInSandbox": True, "requestType": "SIMULATOR"}},
                  "session": sess}
            g = {"expectUserResponse": not t.get("end"), "richResponse": {"items": [{"simpleResponse": {"textToSpeech": t.get("say", "")}}]}}
            if t.get("perm"):
                g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": t["perm"][0], "permissions": t["perm"][1]}}
            if t.get("rp") is not None:
                g["noInputPrompts"] = [{"textToSpeech": t["rp"]}]
            out.append({"request": rq, "response": {"payload": {"google": g}, "fulfillmentText": re.sub(r"<[^>]+>", "", t.get("say", ""))}})
    return out


def g_conversation(cid, sessions, lang="en-US"):
    out = []
    for si, turns in enumerate(sessions):
        cv = _h(cid, "cv", si, n=16)
        for ti, t in enumerate(turns):
            inp = {"intent": t.get("i", "actions.intent.MAIN" if ti == 0 else "actions.intent.TEXT"), "rawInputs": [{"inputType": "VOICE", "query": t.get("u", "")}],
                   "arguments": [{"name": "text", "rawText": t.get("u", ""), "textValue": t.get("u", "")}] if ti else []}
            if t.get("granted"):
                inp["arguments"].append({"name": "PERMISSION", "boolValue": True, "textValue": "true"})
            rq = {"user": {"userId": _h(cid, "gu", n=24), "locale": lang, "lastSeen": "2025-01-20T16:40:11Z", **({"permissions": t["granted"]} if t.get("granted") else {})},
                  "conversation": {"conversationId": cv, "type": "NEW" if ti == 0 else "ACTIVE", **({"conversationToken": "[]"} if ti else {})},
                  "inputs": [inp], "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]}, "isInSandbox": True,
                  "availableSurfaces": []}
            rich = {"items": [{"simpleResponse": {"textToSpeech": t.get("say", "")}}]}
            if t.get("end"):
                rs = {"expectUserResponse": False, "finalResponse": {"richResponse": rich}}
            else:
                pi = [{"intent": "actions.intent.TEXT"}]
                if t.get("perm"):
                    pi = [{"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": t["perm"][0], "permissions": t["perm"][1]}}]
                ip = {"richInitialPrompt": rich}
                if t.get("rp") is not None:
                    ip["noInputPrompts"] = [{"textToSpeech": x} for x in (t["rp"] if isinstance(t["rp"], list) else [t["rp"]])]
                rs = {"expectUserResponse": True, "expectedInputs": [{"inputPrompt": ip, "possibleIntents": pi}], "conversationToken": "[]"}
            out.append({"request": rq, "response": rs})
    return out


def g_sendinteraction(cid, sessions, day="2025-02-10"):
    """Actions API projects.sendInteraction results saved by a test script (one object per turn)."""
    out = []
    for si, turns in enumerate(sessions):
        for ti, t in enumerate(turns):
            ev = {"eventTime": f"{day}T1{si % 10}:{ti:02d}:07.118Z", "executionState": {"currentSceneId": t.get("scene", "Main"), "sessionStorage": t.get("params", {}), "userStorage": {}}, "status": {}}
            if t.get("end"):
                ev["endConversation"] = {}
            else:
                ev["waitingUserInput"] = {}
            o = {"input": {"query": t.get("u", "")}, "output": {"text": re.sub(r"<[^>]+>", "", t.get("say", "")), "speech": [t.get("say", "")], "canvas": None,
                 "actionsBuilderEvents": [ev]}, "diagnostics": {"actionsBuilderEvents": [ev]}, "conversationToken": _h(cid, "ct", si, ti, n=40) if not t.get("end") else ""}
            if t.get("rp") is not None:
                o["output"]["noInputPrompts"] = [t["rp"]]
            out.append(o)
    return out

"""Turn the hand-written case descriptions (cases_*.py) into project folders and recordings.
Nothing here invents content: every sentence, sample and slot comes from the descriptions."""
import csv, hashlib, io, json, os, uuid

LANG = {"en-US": "en", "en-GB": "en", "de-DE": "de", "es-ES": "es", "es-MX": "es", "fr-FR": "fr",
        "fr-CA": "fr", "it-IT": "it", "ja-JP": "ja", "pt-BR": "pt"}
TZ = {"en-US": "America/Chicago", "en-GB": "Europe/London", "de-DE": "Europe/Berlin", "es-ES": "Europe/Madrid",
      "es-MX": "America/Mexico_City", "fr-FR": "Europe/Paris", "fr-CA": "America/Toronto", "it-IT": "Europe/Rome",
      "ja-JP": "Asia/Tokyo", "pt-BR": "America/Sao_Paulo"}


def h(*parts, n=12):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


def uid(*parts):
    return str(uuid.UUID(hashlib.md5("|".join(map(str, parts)).encode()).hexdigest()))


def T(intent, utter, speech, reprompt=None, end="auto", slots=None, card=None, directives=None):
    """One Alexa turn. intent 'L' = LaunchRequest, 'END' = SessionEndedRequest."""
    return dict(intent=intent, utter=utter, speech=speech, reprompt=reprompt, end=end, slots=slots or {},
                card=card, directives=directives)


def dump(o):
    return json.dumps(o, ensure_ascii=False, indent=2) + "\n"


def line(o):
    return json.dumps(o, ensure_ascii=False, separators=(",", ":"))


# ---------------------------------------------------------------- Alexa project files
def skill_json(c):
    loc = c["loc"]
    locales = {}
    for l in [loc] + c.get("extra_locales", []):
        locales[l] = {"name": c["name"], "summary": c["desc"][:120], "description": c["desc"],
                      "examplePhrases": c.get("examples") or [f"Alexa, open {c['inv']}"],
                      "keywords": c.get("keywords", []),
                      "smallIconUri": f"https://cdn.example-assets.net/{h(c['id'])}/108.png",
                      "largeIconUri": f"https://cdn.example-assets.net/{h(c['id'])}/512.png"}
    manifest = {
        "publishingInformation": {"locales": locales, "isAvailableWorldwide": False,
                                  "distributionCountries": [l.split("-")[1] for l in [loc] + c.get("extra_locales", [])],
                                  "testingInstructions": c.get("testing", "n/a"),
                                  "category": c.get("category", "TRAVEL_AND_TRANSPORTATION")},
        "apis": {"custom": {"endpoint": {"uri": f"arn:aws:lambda:eu-west-1:4{h(c['id'], n=11)}:function:{c['id'][4:]}"},
                            "interfaces": c.get("interfaces", [])}},
        "manifestVersion": "1.0",
    }
    pc = {"allowsPurchases": False, "usesPersonalInfo": bool(c.get("perms")) or c.get("usesPersonalInfo", False),
          "isChildDirected": c.get("child", False), "isExportCompliant": True, "containsAds": False}
    if c.get("policy"):
        pc["locales"] = {l: {"privacyPolicyUrl": c["policy"], "termsOfUseUrl": c.get("terms", "")}
                         for l in [loc] + c.get("extra_locales", [])}
    manifest["privacyAndCompliance"] = pc
    if c.get("perms"):
        manifest["permissions"] = [{"name": p} for p in c["perms"]]
    if c.get("events"):
        manifest["events"] = c["events"]
    return {"manifest": manifest}


BUILTIN = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent",
           "AMAZON.FallbackIntent"]


def model_json(c, inv=None, intents=None):
    ints = [{"name": b, "samples": []} for b in BUILTIN]
    for name, samples, slots in (intents or c["intents"]):
        d = {"name": name, "slots": [{"name": k, "type": v} for k, v in slots.items()], "samples": samples}
        if not slots:
            del d["slots"]
        ints.append(d)
    types = [{"name": t, "values": [{"name": {"value": v}} for v in vals]} for t, vals in c.get("types", {}).items()]
    lm = {"invocationName": inv or c["inv"], "intents": ints, "types": types}
    return {"interactionModel": {"languageModel": lm}}


# ---------------------------------------------------------------- Alexa envelopes
def ssml_or_text(s):
    if s is None:
        return None
    if s.startswith("<speak>"):
        return {"type": "SSML", "ssml": s}
    return {"type": "PlainText", "text": s}


class Run:
    """Walks sessions and assigns ids / timestamps, yielding (turn, request, response, meta)."""

    def __init__(self, c, sessions, tag="", start="2024-05-14T19:02:11"):
        self.c, self.sessions, self.tag, self.start = c, sessions, tag, start

    def __iter__(self):
        c = self.c
        app = "amzn1.ask.skill." + uid(c["id"], "app")
        user = "amzn1.ask.account.AF" + h(c["id"], "user", n=40).upper()
        dev = "amzn1.ask.device.AG" + h(c["id"], "dev", self.tag, n=36).upper()
        base_day = self.start[:10]
        hh, mm, ss = [int(x) for x in self.start[11:19].split(":")]
        t = hh * 3600 + mm * 60 + ss
        n = 0
        for si, sess in enumerate(self.sessions):
            sid = "amzn1.echo-api.session." + uid(c["id"], self.tag, "s", si)
            attrs = {}
            for ti, turn in enumerate(sess):
                n += 1
                t += 7 + (ti * 3) % 11
                ts = f"{base_day}T{(t // 3600) % 24:02d}:{(t // 60) % 60:02d}:{t % 60:02d}Z"
                rid = "amzn1.echo-api.request." + uid(c["id"], self.tag, si, ti)
                it = turn["intent"]
                if it == "L":
                    r = {"type": "LaunchRequest", "requestId": rid, "timestamp": ts, "locale": c["loc"]}
                elif it == "END":
                    r = {"type": "SessionEndedRequest", "requestId": rid, "timestamp": ts, "locale": c["loc"],
                         "reason": "EXCEEDED_MAX_REPROMPTS" if turn["utter"] is None else "USER_INITIATED"}
                else:
                    r = {"type": "IntentRequest", "requestId": rid, "timestamp": ts, "locale": c["loc"],
                         "intent": {"name": it, "confirmationStatus": "NONE",
                                    "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE"}
                                              for k, v in turn["slots"].items()}}}
                req = {"version": "1.0",
                       "session": {"new": ti == 0, "sessionId": sid, "application": {"applicationId": app},
                                   "attributes": dict(attrs), "user": {"userId": user}},
                       "context": {"System": {"application": {"applicationId": app}, "user": {"userId": user},
                                              "device": {"deviceId": dev,
                                                         "supportedInterfaces": c.get("devif", {})},
                                              "apiEndpoint": "https://api.eu.amazonalexa.com"
                                              if c["loc"][3:] in ("GB", "DE", "ES", "FR", "IT") else
                                              "https://api.amazonalexa.com" if c["loc"] != "ja-JP" else
                                              "https://api.fe.amazonalexa.com",
                                              "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.redacted"}},
                       "request": r}
                if it == "END":
                    resp = {"version": "1.0", "response": {}}
                else:
                    body = {}
                    if turn["speech"] is not None:
                        body["outputSpeech"] = ssml_or_text(turn["speech"])
                    if turn["card"]:
                        body["card"] = turn["card"]
                    if turn["reprompt"] is not None:
                        body["reprompt"] = {"outputSpeech": ssml_or_text(turn["reprompt"])}
                    if turn["directives"]:
                        body["directives"] = turn["directives"]
                    e = turn["end"]
                    if e == "auto":
                        e = turn["reprompt"] is None
                    if e != "absent":
                        body["shouldEndSession"] = e
                    resp = {"version": "1.0", "sessionAttributes": {"turn": ti + 1}, "response": body,
                            "userAgent": "ask-node/2.14.0 Node/v18.19.0"}
                attrs = {"turn": ti + 1}
                yield turn, req, resp, dict(ts=ts, rid=rid, sid=sid, n=n, app=app, t=t, day=base_day)


def arn(c):
    return f"arn:aws:lambda:eu-west-1:4{h(c['id'], n=11)}:function:{c['id'][4:]}"


def spoken(resp):
    os_ = resp.get("response", {}).get("outputSpeech") or {}
    return os_.get("ssml") or os_.get("text") or ""


def reprompt_of(resp):
    os_ = (resp.get("response", {}).get("reprompt") or {}).get("outputSpeech") or {}
    return os_.get("ssml") or os_.get("text")


def render_alexa_rec(c, shape, path, sessions, tag, start):
    out = {}
    run = list(Run(c, sessions, tag or path, start))
    if shape == "envelope":
        for turn, req, resp, m in run:
            if turn["intent"] == "END":
                continue
            out[path.format(n=m["n"], n2=f"{m['n']:02d}")] = dump(resp)
    elif shape == "pairs-jsonl":
        out[path] = "".join(line({"request": q, "response": r}) + "\n" for _, q, r, _ in run)
    elif shape == "pairs-array":
        out[path] = dump([{"request": q, "response": r} for _, q, r, _ in run])
    elif shape in ("smapi-simulation", "smapi-simulation-array"):
        items = []
        for turn, req, resp, m in run:
            if turn["intent"] == "END":
                continue
            sim = {"id": uid(c["id"], "sim", m["n"]), "status": "SUCCESSFUL",
                   "result": {"alexaExecutionInfo": {
                       "alexaResponses": [{"type": "Speech", "content": {"caption": strip(spoken(resp))}}],
                       "consideredIntents": [{"name": turn["intent"] if turn["intent"] != "L" else "<LaunchRequest>",
                                              "confirmationStatus": "NONE", "slots": {}}]},
                       "skillExecutionInfo": {"invocations": [{
                           "invocationRequest": {"endpoint": arn(c), "body": req},
                           "invocationResponse": {"body": resp},
                           "metrics": {"skillExecutionTimeInMilliseconds": 180 + m["n"] * 13}}]},
                       "error": None}}
            items.append((m, sim))
        if shape == "smapi-simulation-array":
            out[path] = dump([s for _, s in items])
        else:
            for m, s in items:
                out[path.format(n=m["n"], n2=f"{m['n']:02d}")] = dump(s)
    elif shape == "smapi-invocation":
        for turn, req, resp, m in run:
            if turn["intent"] == "END":
                continue
            out[path.format(n=m["n"], n2=f"{m['n']:02d}")] = dump(
                {"id": uid(c["id"], "inv", m["n"]), "status": "SUCCESSFUL",
                 "result": {"skillExecutionInfo": {"invocationRequest": {"endpoint": arn(c), "body": req},
                                                   "invocationResponse": {"body": resp},
                                                   "metrics": {"skillExecutionTimeInMilliseconds": 211}}},
                 "error": None})
    elif shape in ("ask-dialog", "ask-dialog-text"):
        replay, rec = path
        out[replay] = dump({"skillId": run[0][3]["app"], "locale": c["loc"], "type": "text",
                            "userInput": [t["utter"] for t, _, _, _ in run if t["intent"] != "END"]})
        if shape == "ask-dialog":
            out[rec] = dump([{"utterance": t["utter"], "alexaResponses": [
                {"type": "Speech", "content": {"caption": strip(spoken(r))}}],
                "invocations": [{"invocationRequest": {"endpoint": arn(c), "body": q},
                                 "invocationResponse": {"body": r}}]}
                for t, q, r, _ in run if t["intent"] != "END"])
        else:
            lines = []
            for t, q, r, m in run:
                if t["intent"] == "END":
                    continue
                lines.append(f"User  > {t['utter']}")
                lines.append(f"Alexa > {spoken(r)}")
                rp = reprompt_of(r)
                if rp is not None:
                    lines.append(f"        (reprompt) {rp}")
                lines.append(f"        (shouldEndSession: {json.dumps(r['response'].get('shouldEndSession', None))})")
            out[rec] = "\n".join(lines) + "\n"
    elif shape in ("cloudwatch-text", "cloudwatch-text-py", "cloudwatch-text-alt"):
        lines = []
        for t, q, r, m in run:
            rid = uid(c["id"], "lambda", m["n"])
            ts = m["ts"].replace("Z", ".%03dZ" % (m["n"] * 37 % 1000))
            lines.append(f"START RequestId: {rid} Version: $LATEST")
            if shape == "cloudwatch-text":
                lines.append(f"{ts}\t{rid}\tINFO\tRequest: {line(q)}")
                lines.append(f"{ts}\t{rid}\tINFO\tResponse: {line(r)}")
            elif shape == "cloudwatch-text-py":
                lines.append(f"[INFO]\t{ts}\t{rid}\tRequest Envelope: {line(q)}")
                lines.append(f"[INFO]\t{ts}\t{rid}\tResponse: {line(r)}")
            else:
                lines.append(f"{ts}\t{rid}\tINFO\tREQUEST {line(q)}")
                lines.append(f"{ts}\t{rid}\tINFO\tRESPONSE {line(r)}")
            lines.append(f"END RequestId: {rid}")
            lines.append(f"REPORT RequestId: {rid}\tDuration: {40 + m['n'] * 3}.21 ms\tBilled Duration: {41 + m['n'] * 3} ms"
                         f"\tMemory Size: 256 MB\tMax Memory Used: 88 MB")
        out[path] = "\n".join(lines) + "\n"
    elif shape == "cloudwatch-json":
        ev = []
        for t, q, r, m in run:
            rid = uid(c["id"], "lambda", m["n"])
            ts = m["ts"].replace("Z", ".118Z")
            ms = 1715713331000 + m["t"] * 1000
            for k, (kw, o) in enumerate((("Request", q), ("Response", r))):
                ev.append({"logStreamName": f"{m['day'].replace('-', '/')}/[$LATEST]{h(c['id'], 'ls', n=32)}",
                           "timestamp": ms + k, "message": f"{ts}\t{rid}\tINFO\t{kw}: {line(o)}\n",
                           "ingestionTime": ms + 900, "eventId": str(37000000000000000000000000000000000000000000000000000000 + m["n"] * 10 + k)})
        out[path] = dump({"events": ev, "searchedLogStreams": []})
    elif shape == "har":
        ent = []
        for t, q, r, m in run:
            ent.append(har_entry(m["ts"], c.get("endpoint_url", f"https://{c['id'][4:]}.skills.example.net/alexa"), q, r))
        out[path] = dump(har_wrap(ent))
    elif shape == "transcript":
        lines = [f"# QA transcript {c['name']} ({c['loc']})"]
        for t, q, r, m in run:
            if t["intent"] == "END":
                lines.append(f"[{m['ts']}] (session ended by device: {q['request']['reason']})")
                continue
            lines.append(f"[{m['ts']}] USER: {t['utter']}")
            lines.append(f"[{m['ts']}] SKILL: {spoken(r)}")
            rp = reprompt_of(r)
            if rp is not None:
                lines.append(f"[{m['ts']}] REPROMPT: {rp}")
            lines.append(f"session_open={'false' if r['response'].get('shouldEndSession') is True else 'true'}")
        out[path] = "\n".join(lines) + "\n"
    elif shape == "charles-chlsj":
        out[path] = dump([charles_entry(m["ts"], c.get("endpoint_url", f"https://{c['id'][4:]}.skills.example.net/alexa"), q, r)
                          for t, q, r, m in run])
    elif shape == "mitmproxy-dump":
        out[path] = mitm_text([(m["ts"], c.get("endpoint_url", f"https://{c['id'][4:]}.skills.example.net/alexa"), q, r)
                               for t, q, r, m in run])
    elif shape in ("pms-csv", "fleet-csv"):
        s = io.StringIO()
        w = csv.writer(s, lineterminator="\n")
        if shape == "pms-csv":
            prop, room = c.get("property", ("HTL-0000", "000"))
            w.writerow(["exported_at", "property_code", "room_no", "device_serial", "skill_id", "session_id",
                        "seq", "event", "request_json", "response_json"])
            for t, q, r, m in run:
                w.writerow([m["ts"], prop, room, "G090LF" + h(c["id"], "ser", n=10).upper(), m["app"],
                            q["session"]["sessionId"], m["n"], q["request"]["type"], line(q), line(r)])
        else:
            vin, model = c.get("vehicle", ("WVWZZZ00000000000", "generic"))
            w.writerow(["vin", "model", "head_unit_fw", "event_time", "session_id", "turn", "request_payload",
                        "response_payload", "tts_text"])
            for t, q, r, m in run:
                w.writerow([vin, model, "HU-7.4.2", m["ts"], q["session"]["sessionId"], m["n"], line(q), line(r),
                            strip(spoken(r))])
        out[path] = s.getvalue()
    elif shape == "junit-xml":
        cases = []
        for t, q, r, m in run:
            if t["intent"] == "END":
                continue
            so = xml_esc(f"REQUEST: {line(q)}\nRESPONSE: {line(r)}\n")
            nm = xml_esc(t["utter"] or t["intent"])
            cases.append(f'    <testcase classname="tests.test_dialog" name="test_turn_{m["n"]:02d} [{nm}]" time="0.{m["n"]:03d}">\n'
                         f'      <system-out>{so}</system-out>\n    </testcase>')
        out[path] = ('<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n  <testsuite name="pytest" errors="0" failures="0" '
                     f'skipped="0" tests="{len(cases)}" time="1.912" timestamp="{run[0][3]["ts"][:19]}" hostname="ci-runner-3">\n'
                     + "\n".join(cases) + "\n  </testsuite>\n</testsuites>\n")
    elif shape == "ipynb":
        cells = [{"cell_type": "markdown", "metadata": {}, "source": [f"# {c['name']} — replay of captured turns\n"]}]
        for k, (t, q, r, m) in enumerate(run):
            cells.append({"cell_type": "code", "execution_count": k + 1, "metadata": {},
                          "source": [f"req = load_request({m['n']})  # {t['utter'] or t['intent']}\n",
                                     "resp = invoke(req)\n", "print(json.dumps(req)); print(json.dumps(resp))"],
                          "outputs": [{"name": "stdout", "output_type": "stream",
                                       "text": [line(q) + "\n", line(r) + "\n"]}]})
        out[path] = dump({"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python",
                                                                       "name": "python3"},
                                                        "language_info": {"name": "python", "version": "3.11.6"}},
                          "nbformat": 4, "nbformat_minor": 5})
    else:
        raise ValueError(shape)
    return out


def strip(s):
    import re
    return re.sub(r"<[^>]+>", "", s or "").strip()


def xml_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def har_entry(ts, url, q, r, ua="AlexaSkill/1.0"):
    qt, rt = json.dumps(q, ensure_ascii=False), json.dumps(r, ensure_ascii=False)
    return {"startedDateTime": ts.replace("Z", ".000Z"), "time": 212,
            "request": {"method": "POST", "url": url, "httpVersion": "HTTP/1.1",
                        "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"},
                                    {"name": "User-Agent", "value": ua}],
                        "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(qt.encode()),
                        "postData": {"mimeType": "application/json", "text": qt}},
            "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                         "headers": [{"name": "Content-Type", "value": "application/json"}], "cookies": [],
                         "content": {"size": len(rt.encode()), "mimeType": "application/json", "text": rt},
                         "redirectURL": "", "headersSize": -1, "bodySize": len(rt.encode())},
            "cache": {}, "timings": {"send": 1, "wait": 205, "receive": 6}}


def har_wrap(entries):
    return {"log": {"version": "1.2", "creator": {"name": "Firefox", "version": "126.0"}, "pages": [],
                    "entries": entries}}


def charles_entry(ts, url, q, r):
    from urllib.parse import urlparse
    u = urlparse(url)
    qt, rt = json.dumps(q, ensure_ascii=False), json.dumps(r, ensure_ascii=False)
    return {"status": "COMPLETE", "method": "POST", "protocolVersion": "HTTP/1.1", "scheme": u.scheme,
            "host": u.hostname, "port": 443, "actualPort": 443, "path": u.path, "query": None, "tunnel": False,
            "keptAlive": True, "webSocket": False, "remoteAddress": f"{u.hostname}/52.95.1{len(u.path)}.21",
            "clientAddress": "/192.168.1.44", "clientPort": 51544,
            "times": {"start": ts.replace("Z", ".112Z"), "requestBegin": ts.replace("Z", ".130Z"),
                      "requestComplete": ts.replace("Z", ".131Z"), "responseBegin": ts.replace("Z", ".402Z"),
                      "end": ts.replace("Z", ".409Z")},
            "durations": {"total": 297, "dns": 0, "connect": 0, "ssl": 0, "request": 1, "response": 7, "latency": 271},
            "speeds": {"overall": 4000, "request": 0, "response": 0},
            "totalSize": len(qt) + len(rt),
            "ssl": {"protocol": "TLSv1.3", "cipherSuite": "TLS_AES_128_GCM_SHA256"},
            "request": {"sizes": {"headers": 312, "body": len(qt.encode())}, "mimeType": "application/json",
                        "charset": "utf-8", "contentEncoding": None,
                        "header": {"firstLine": f"POST {u.path} HTTP/1.1",
                                   "headers": [{"name": "host", "value": u.hostname},
                                               {"name": "content-type", "value": "application/json; charset=utf-8"}]},
                        "body": {"text": qt, "charset": "utf-8"}},
            "response": {"status": 200, "sizes": {"headers": 188, "body": len(rt.encode())},
                         "mimeType": "application/json", "charset": "utf-8", "contentEncoding": None,
                         "header": {"firstLine": "HTTP/1.1 200 OK",
                                    "headers": [{"name": "content-type", "value": "application/json"}]},
                         "body": {"text": rt, "charset": "utf-8"}}}


def mitm_text(items):
    out = []
    for ts, url, q, r in items:
        qt, rt = json.dumps(q, ensure_ascii=False, indent=4), json.dumps(r, ensure_ascii=False, indent=4)
        host = url.split("/")[2]
        out.append(f"192.168.7.21:5{len(out) % 10}114: POST {url}\n"
                   f"    Host: {host}\n    Content-Type: application/json; charset=utf-8\n"
                   f"    Content-Length: {len(qt.encode())}\n    Date: {ts}\n\n"
                   + "\n".join("    " + l for l in qt.splitlines()) + "\n\n"
                   f" << 200 OK {len(rt.encode())}b\n    Content-Type: application/json\n\n"
                   + "\n".join("    " + l for l in rt.splitlines()) + "\n")
    return "\n".join(out)


# ---------------------------------------------------------------- write an Alexa case
def write_alexa(root, c):
    files = {}
    files["skill-package/skill.json"] = dump(c.get("skill_override") or skill_json(c))
    files[f"skill-package/interactionModels/custom/{c['loc']}.json"] = dump(model_json(c))
    for l, (inv, ints) in c.get("extra_models", {}).items():
        files[f"skill-package/interactionModels/custom/{l}.json"] = dump(model_json(c, inv, ints))
    if c.get("ask_resources", True):
        files["ask-resources.json"] = dump({"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
            "skillMetadata": {"src": "./skill-package"},
            "code": {"default": {"src": "./lambda"}},
            "skillInfrastructure": {"type": "@ask-cli/lambda-deployer",
                                    "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler",
                                                   "awsRegion": "eu-west-1"}}}}})
    for p, txt in c.get("files", {}).items():
        files[p] = txt
    starts = ["2024-03-02T08:14:03", "2024-05-14T19:02:11", "2024-07-21T21:40:55", "2024-09-30T06:55:18"]
    for k, rec in enumerate(c["recs"]):
        shape, path, sessions = rec[:3]
        start = rec[3] if len(rec) > 3 else starts[k % len(starts)]
        files.update(render_alexa_rec(c, shape, path, sessions, f"{k}", start))
    for p, txt in files.items():
        full = os.path.join(root, p)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as f:
            f.write(txt)


SHAPE_LABEL = {"smapi-simulation-array": "smapi-simulation", "ask-dialog-text": "ask-dialog",
               "cloudwatch-text-py": "cloudwatch-text", "cloudwatch-text-alt": "cloudwatch-text"}


def shapes_of(c):
    s = []
    for rec in c["recs"]:
        x = SHAPE_LABEL.get(rec[0], rec[0])
        if x not in s:
            s.append(x)
    return s


# ================================================================ Google
def G(intent, query, speech, expect=True, noinput=None, nxt=None, params=None, perm=None, text=None, card=None):
    return dict(intent=intent, query=query, speech=speech, expect=expect, noinput=noinput, nxt=nxt,
                params=params or {}, perm=perm, text=text, card=card)


def yaml_list(items, ind=""):
    return "".join(f"{ind}- {json.dumps(i, ensure_ascii=False)}\n" for i in items)


def write_google(root, c):
    files = {}
    kind = c["kind"]
    lang = LANG[c["loc"]]
    if kind == "builder":
        st = (f"defaultLocale: {lang}\nlocalizedSettings:\n  displayName: {json.dumps(c['name'], ensure_ascii=False)}\n"
              f"  pronunciation: {json.dumps(c['inv'], ensure_ascii=False)}\n"
              f"  shortDescription: {json.dumps(c['desc'][:80], ensure_ascii=False)}\n"
              f"  fullDescription: {json.dumps(c['desc'], ensure_ascii=False)}\n"
              f"  developerName: {json.dumps(c.get('dev', 'Independent developer'), ensure_ascii=False)}\n"
              f"  developerEmail: {c.get('email', 'dev@example.org')}\n"
              + (f"  privacyPolicyUrl: {c['policy']}\n" if c.get("policy") else "")
              + f"  sampleInvocations:\n" + yaml_list(c.get("examples", [c["inv"]]), "  ")
              + f"projectId: {c['id'][4:]}-{h(c['id'], n=6)}\ncategory: {c.get('category', 'TRAVEL_AND_TRANSPORTATION')}\n"
              f"usesTransactionsApi: false\nusesDigitalPurchaseApi: false\nusesInteractiveCanvas: false\n"
              f"designedForFamily: {str(c.get('child', False)).lower()}\n"
              + ("accountLinking:\n  enableAccountCreation: false\n  linkingType: OAUTH\n" if c.get("linking") else ""))
        files["sdk/settings/settings.yaml"] = st
        files["sdk/manifest.yaml"] = 'version: "1.0"\n'
        files["sdk/actions/actions.yaml"] = "actions:\n  actions.intent.MAIN:\n    handler:\n      webhookHandler: main\n" \
                                           "    intentEvents: []\n" if False else \
            "actions:\n  actions.intent.MAIN:\n    handler:\n      webhookHandler: main\n    transitionToScene: " + c.get("first_scene", "Main") + "\n"
        files["sdk/webhooks/ActionsOnGoogleFulfillment.yaml"] = "handlers:\n" + "".join(
            f"- name: {n}\n" for n in c.get("handlers", ["main"])) + \
            "httpsEndpoint:\n  baseUrl: " + c.get("endpoint_url", f"https://europe-west1-{c['id'][4:]}.cloudfunctions.net/fulfillment") + "\n"
        for name, phrases, params in c["g_intents"]:
            y = ""
            if params:
                y += "parameters:\n" + "".join(f"- name: {k}\n  type:\n    name: {v}\n" for k, v in params.items())
            y += "trainingPhrases:\n" + yaml_list(phrases)
            files[f"sdk/custom/intents/{name}.yaml"] = y
        for tname, vals in c.get("g_types", {}).items():
            if vals == "freeText":
                files[f"sdk/custom/types/{tname}.yaml"] = "freeText: {}\n"
            else:
                files[f"sdk/custom/types/{tname}.yaml"] = "synonym:\n  entities:\n" + "".join(
                    f"    {json.dumps(v, ensure_ascii=False)}:\n      synonyms:\n      - {json.dumps(v, ensure_ascii=False)}\n" for v in vals) \
                    + "  matchType: EXACT_MATCH\n"
        for sname, y in c.get("scenes", {}).items():
            files[f"sdk/custom/scenes/{sname}.yaml"] = y
    elif kind == "sdk2":
        acts = []
        for name, phrases, params in c["g_intents"]:
            a = {"description": name, "name": name.split(".")[-1],
                 "fulfillment": {"conversationName": c['id'][4:]},
                 "intent": {"name": name, "trigger": {"queryPatterns": phrases}}}
            if params:
                a["intent"]["parameters"] = [{"name": k, "type": v} for k, v in params.items()]
            acts.append(a)
        man = {"displayName": c["name"], "invocationName": c["inv"], "shortDescription": c["desc"][:80],
               "longDescription": c["desc"], "category": c.get("category", "TRAVEL_AND_TRANSPORTATION"),
               "companyName": c.get("dev", "Independent developer"), "contactEmail": c.get("email", "dev@example.org"),
               "sampleInvocation": c.get("examples", [c["inv"]])}
        if c.get("policy"):
            man["privacyUrl"] = c["policy"]
        files["action.json"] = dump({"locale": lang, "manifest": man, "actions": acts,
                                     "conversations": {c['id'][4:]: {"name": c['id'][4:],
                                                                    "url": c.get("endpoint_url", f"https://{c['id'][4:]}.example.app/conversation"),
                                                                    "fulfillmentApiVersion": 2}}})
    elif kind == "df":
        files["agent.json"] = dump({"description": c["desc"], "language": lang, "shortDescription": c["name"],
                                    "displayName": c["name"], "defaultTimezone": TZ[c["loc"]],
                                    "webhook": {"url": c.get("endpoint_url", f"https://{c['id'][4:]}.example.app/dialogflow"),
                                                "available": True, "useForDomains": False},
                                    "isPrivate": True, "enableOnePlatformResponses": True,
                                    "googleAssistant": {"googleAssistantCompatible": True, "project": c['id'][4:],
                                                        "welcomeIntentSignInRequired": False,
                                                        "startIntents": [], "systemIntents": [],
                                                        "endIntentIds": [], "oAuthLinking": {"required": False},
                                                        "voiceType": "MALE_1", "capabilities": [], "protocolVersion": "V2",
                                                        "autoPreviewEnabled": False, "isDeviceAgent": False},
                                    "privacyPolicyUrl": c.get("policy", "")} if c.get("policy") else
                                   {"description": c["desc"], "language": lang, "shortDescription": c["name"],
                                    "displayName": c["name"], "defaultTimezone": TZ[c["loc"]],
                                    "webhook": {"url": c.get("endpoint_url", f"https://{c['id'][4:]}.example.app/dialogflow"),
                                                "available": True, "useForDomains": False},
                                    "isPrivate": True,
                                    "googleAssistant": {"googleAssistantCompatible": True, "project": c['id'][4:],
                                                        "oAuthLinking": {"required": False}, "protocolVersion": "V2"}})
        files["package.json"] = dump({"version": "1.0.0"})
        for name, phrases, params in c["g_intents"]:
            iid = uid(c["id"], name)
            files[f"intents/{name}.json"] = dump({
                "id": iid, "name": name, "auto": True, "contexts": [], "webhookUsed": True,
                "webhookForSlotFilling": False, "fallbackIntent": name.endswith("Fallback Intent"),
                "events": [{"name": "GOOGLE_ASSISTANT_WELCOME"}] if name == "Default Welcome Intent" else [],
                "responses": [{"resetContexts": False, "action": name.lower().replace(" ", "."),
                               "affectedContexts": [],
                               "parameters": [{"id": uid(iid, k), "name": k, "required": False, "dataType": v,
                                               "value": "$" + k, "isList": False} for k, v in params.items()],
                               "messages": [], "endInteraction": False}]})
            us = []
            for ph in phrases:
                data = []
                for seg in ph:
                    if isinstance(seg, str):
                        data.append({"text": seg, "userDefined": False})
                    else:
                        data.append({"text": seg[0], "alias": seg[1], "meta": params[seg[1]], "userDefined": True})
                us.append({"id": uid(iid, str(ph)), "data": data, "isTemplate": False, "count": 0, "updated": 0})
            if us:
                files[f"intents/{name}_usersays_{lang}.json"] = dump(us)
        for tname, vals in c.get("g_types", {}).items():
            files[f"entities/{tname}.json"] = dump({"id": uid(c["id"], tname), "name": tname, "isOverridable": True,
                                                    "isEnum": False, "isRegexp": False, "automatedExpansion": False,
                                                    "allowFuzzyExtraction": False})
            files[f"entities/{tname}_entries_{lang}.json"] = dump([{"value": v, "synonyms": [v]} for v in vals])
    for p, txt in c.get("files", {}).items():
        files[p] = txt
    for k, rec in enumerate(c["recs"]):
        shape, path, sessions = rec[:3]
        files.update(render_google_rec(c, shape, path, sessions, str(k)))
    for p, txt in files.items():
        full = os.path.join(root, p)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as f:
            f.write(txt)


def g_rich(t):
    items = [{"simpleResponse": {"textToSpeech": t["speech"], "displayText": t["text"] or strip(t["speech"])}}]
    if t["card"]:
        items.append({"basicCard": t["card"]})
    return {"items": items}


def render_google_rec(c, shape, path, sessions, tag):
    out = {}
    n = 0
    for si, sess in enumerate(sessions):
        cid = "ABwppHF" + h(c["id"], tag, si, n=40)
        for ti, t in enumerate(sess):
            n += 1
            ts = f"2024-0{4 + si % 5}-1{si % 9}T1{ti % 10}:2{ti % 10}:0{n % 10}Z"
            if shape == "gactions-scene":
                req = {"handler": {"name": t.get("handler") or ("main" if ti == 0 else t["intent"])},
                       "intent": {"name": t["intent"], "params": {k: {"original": str(v), "resolved": v} for k, v in t["params"].items()},
                                  "query": t["query"]},
                       "scene": {"name": t.get("scene") or c.get("first_scene", "Main"), "slotFillingStatus": "UNSPECIFIED", "slots": {},
                                 "next": {"name": ""}},
                       "session": {"id": cid, "params": {}, "typeOverrides": [], "languageCode": ""},
                       "user": {"locale": c["loc"], "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                                "verificationStatus": "VERIFIED", "packageEntitlements": [], "permissions": [],
                                "lastSeenTime": ts},
                       "home": {"params": {}},
                       "device": {"capabilities": ["SPEECH", "RICH_RESPONSE"], "timeZone": {"id": TZ[c["loc"]], "version": ""}}}
                res = {"session": {"id": cid, "params": {}},
                       "prompt": {"override": False, "firstSimple": {"speech": t["speech"], "text": t["text"] or strip(t["speech"])}}}
                if t["card"]:
                    res["prompt"]["content"] = {"card": t["card"]}
                nxt = t["nxt"] or ("actions.scene.END_CONVERSATION" if not t["expect"] else (t.get("scene") or c.get("first_scene", "Main")))
                res["scene"] = {"name": t.get("scene") or c.get("first_scene", "Main"), "slots": {}, "next": {"name": nxt}}
                if t["noinput"]:
                    res["session"]["params"]["noInputPrompt"] = t["noinput"]
                out[path.format(n=n, kind="req")] = dump(req)
                out[path.format(n=n, kind="res")] = dump(res)
            elif shape == "gactions-conversation":
                args = [{"name": k, "rawText": str(v), "textValue": str(v)} for k, v in t["params"].items()]
                req = {"user": {"userId": "ABwppHE" + h(c["id"], "u", n=30), "locale": c["loc"], "lastSeen": ts,
                                "userVerificationStatus": "VERIFIED"},
                       "conversation": {"conversationId": cid, "type": "NEW" if ti == 0 else "ACTIVE",
                                        **({"conversationToken": "[]"} if ti else {})},
                       "inputs": [{"intent": t["intent"], "rawInputs": [{"inputType": "VOICE", "query": t["query"]}],
                                   **({"arguments": args} if args else {})}],
                       "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"},
                                                    {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
                       "isInSandbox": True,
                       "availableSurfaces": []}
                if t["expect"]:
                    ei = {"inputPrompt": {"richInitialPrompt": g_rich(t)},
                          "possibleIntents": [{"intent": "actions.intent.TEXT"}]}
                    if t["noinput"] is not None:
                        ei["inputPrompt"]["noInputPrompts"] = [{"textToSpeech": x} for x in t["noinput"]]
                    if t["perm"]:
                        ei["possibleIntents"] = [{"intent": "actions.intent.PERMISSION", "inputValueData": {
                            "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                            "optContext": t["perm"][0], "permissions": t["perm"][1]}}]
                    res = {"expectUserResponse": True, "expectedInputs": [ei], "conversationToken": "[]"}
                else:
                    res = {"expectUserResponse": False, "finalResponse": {"richResponse": g_rich(t)}}
                if "{" in path:
                    out[path.format(n=n, kind="request")] = dump(req)
                    out[path.format(n=n, kind="response")] = dump(res)
                else:
                    out[path] = out.get(path, "") + line({"request": req, "response": res}) + "\n"
            elif shape == "dialogflow-webhook":
                lang = LANG[c["loc"]]
                req = {"responseId": uid(c["id"], tag, si, ti) + "-" + h(c["id"], ti, n=8),
                       "queryResult": {"queryText": t["query"], "parameters": t["params"], "allRequiredParamsPresent": True,
                                       "intent": {"name": f"projects/{c['id'][4:]}/agent/intents/{uid(c['id'], t['intent'])}",
                                                  "displayName": t["intent"]},
                                       "intentDetectionConfidence": 0.87, "languageCode": lang},
                       "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
                           "user": {"locale": c["loc"], "userVerificationStatus": "VERIFIED"},
                           "conversation": {"conversationId": cid, "type": "NEW" if ti == 0 else "ACTIVE"},
                           "inputs": [{"intent": "actions.intent.MAIN" if ti == 0 else "actions.intent.TEXT",
                                       "rawInputs": [{"inputType": "VOICE", "query": t["query"]}]}],
                           "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}}},
                       "session": f"projects/{c['id'][4:]}/agent/sessions/{cid}"}
                g = {"expectUserResponse": t["expect"], "richResponse": g_rich(t)}
                if t["noinput"] is not None:
                    g["noInputPrompts"] = [{"textToSpeech": x} for x in t["noinput"]]
                if t["perm"]:
                    g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {
                        "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                        "optContext": t["perm"][0], "permissions": t["perm"][1]}}
                res = {"fulfillmentText": strip(t["speech"]), "payload": {"google": g}}
                if "{" in path:
                    out[path.format(n=n, kind="request")] = dump(req)
                    out[path.format(n=n, kind="response")] = dump(res)
                else:
                    out.setdefault(path, [])
                    out[path].append({"request": req, "response": res})
            else:
                raise ValueError(shape)
    return {k: (dump(v) if isinstance(v, list) else v) for k, v in out.items() if v is not None}

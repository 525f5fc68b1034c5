"""Rendering helpers for evaluation set 6 (written from scratch for this set).

A case is described by a small dict (see cases_*.py); this module turns it into a skill
project (Alexa ASK layout, Actions Builder, Actions SDK v2 or Dialogflow export) plus
recordings in one of many shapes."""
import csv
import hashlib
import io
import json
import os
import datetime as dt

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "cases")
LABELS = {}


def h(*parts, n=32):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


def uuid(*parts):
    x = h(*parts)
    return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}"


def write(cid, rel, data):
    p = os.path.join(OUT, cid, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    if isinstance(data, (dict, list)):
        data = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    with open(p, "w", encoding="utf-8") as f:
        f.write(data)


def jl(objs):
    return "".join(json.dumps(o, ensure_ascii=False, separators=(",", ":")) + "\n" for o in objs)


def label(cid, cats, locale, shapes, why):
    LABELS[cid] = {"categories": sorted(cats), "locale": locale, "shapes": shapes, "why": why}


# ---------------------------------------------------------------- Alexa package

def intent(name, samples=(), slots=None):
    d = {"name": name, "samples": list(samples)}
    if slots is not None:
        d["slots"] = [{"name": k, "type": v} for k, v in slots.items()]
    return d


BUILTIN = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent"]


def alexa_package(cid, c):
    loc = c["locale"]
    locs = [loc] + c.get("extra_locales", [])
    inv = c["invocation"]
    info = {}
    for l in locs:
        info[l] = {
            "summary": c.get("summary", c["description"][:150]),
            "examplePhrases": c.get("examples") or [f"Alexa, open {inv}"],
            "name": c["name"],
            "description": c["description"],
            "keywords": c.get("keywords", []),
            "smallIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{h(cid, n=4)}/APP_ICON?versionId=small",
            "largeIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{h(cid, n=4)}/APP_ICON_LARGE?versionId=large",
        }
    pac = {"allowsPurchases": False, "usesPersonalInfo": bool(c.get("personal", False)),
           "isChildDirected": bool(c.get("child", False)), "isExportCompliant": True,
           "containsAds": False}
    if c.get("privacy"):
        pac["locales"] = {l: {"privacyPolicyUrl": c["privacy"], "termsOfUseUrl": c["privacy"].rsplit("/", 1)[0] + "/terms"} for l in locs}
    man = {"publishingInformation": {"locales": info, "isAvailableWorldwide": False,
                                     "testingInstructions": c.get("testing", "Open the skill and follow the prompts."),
                                     "category": c.get("category", "NOVELTY"),
                                     "distributionCountries": c.get("countries", [])},
           "apis": {"custom": {"endpoint": {"uri": endpoint(cid)}}},
           "manifestVersion": "1.0",
           "privacyAndCompliance": pac}
    if c.get("interfaces"):
        man["apis"]["custom"]["interfaces"] = [{"type": t} for t in c["interfaces"]]
    if c.get("permissions"):
        man["permissions"] = [{"name": p} for p in c["permissions"]]
    write(cid, "skill-package/skill.json", {"manifest": man})
    if c.get("account_linking"):
        write(cid, "skill-package/accountLinking.json", {"accountLinkingRequest": {
            "type": "AUTH_CODE", "authorizationUrl": c["account_linking"] + "/oauth/authorize",
            "accessTokenUrl": c["account_linking"] + "/oauth/token", "clientId": "alexa-" + h(cid, n=8),
            "scopes": ["accounts.read"], "accessTokenScheme": "HTTP_BASIC", "skipOnEnablement": False}})
    models = c.get("models") or {loc: None}
    for l in locs:
        m = models.get(l) or models.get(loc)
        lm = {"invocationName": c.get("invocations", {}).get(l, inv),
              "intents": c["intents"] + [intent(b) for b in BUILTIN if b not in [i["name"] for i in c["intents"]]],
              "types": c.get("types", [])}
        im = {"interactionModel": {"languageModel": lm}}
        if c.get("dialog"):
            im["interactionModel"]["dialog"] = c["dialog"]
        if c.get("prompts"):
            im["interactionModel"]["prompts"] = c["prompts"]
        write(cid, f"skill-package/interactionModels/custom/{l}.json", im)
    if c.get("code"):
        fn, src = c["code"]
        write(cid, fn, src)
        if fn.endswith(".js"):
            write(cid, os.path.join(os.path.dirname(fn), "package.json"),
                  {"name": cid[4:], "version": "1.0.0", "main": "index.js",
                   "dependencies": {"ask-sdk-core": "^2.14.0"}})
        write(cid, "ask-resources.json", {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
            "skillMetadata": {"src": "./skill-package"},
            "code": {"default": {"src": "./" + os.path.dirname(fn)}},
            "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {
                "runtime": "nodejs18.x" if fn.endswith(".js") else "python3.11",
                "handler": "index.handler" if fn.endswith(".js") else "lambda_function.lambda_handler"}}}}})


def endpoint(cid):
    return f"arn:aws:lambda:us-east-1:{int(h(cid, 'acct'), 16) % 10**12:012d}:function:{cid[4:]}"


def fe(locale):
    return "https://api.fe.amazonalexa.com" if locale.startswith("ja") else (
        "https://api.eu.amazonalexa.com" if locale[:2] in ("de", "es", "fr", "it") or locale == "en-GB" else "https://api.amazonalexa.com")


# ---------------------------------------------------------------- Alexa turns

def T(u, i="LaunchRequest", say="", rp=None, end=None, slots=None, card=None, dirs=None, plain=False, attrs=None):
    """one turn: user utterance, request type or intent name, speech, reprompt, shouldEndSession"""
    return dict(u=u, i=i, say=say, rp=rp, end=end, slots=slots or {}, card=card, dirs=dirs, plain=plain, attrs=attrs)


def speech(txt, plain=False):
    if plain:
        return {"type": "PlainText", "text": txt}
    if not txt.strip().startswith("<speak>"):
        txt = f"<speak>{txt}</speak>"
    return {"type": "SSML", "ssml": txt}


def build_pairs(cid, c, sessions, start, step=9):
    """Return a list of (utterance, request_envelope, response_envelope, datetime)."""
    app = "amzn1.ask.skill." + uuid(cid, "app")
    user = "amzn1.ask.account." + h(cid, "user", n=40).upper()
    dev = "amzn1.ask.device." + h(cid, "dev", n=40).upper()
    loc = c["locale"]
    out = []
    t = start
    agent = c.get("agent", "ask-node/2.14.0 Node/v18.18.2")
    # a session ends when a response sets shouldEndSession true; the next turn opens a new one
    split = []
    for sess in sessions:
        cur = []
        for tr in sess:
            cur.append(tr)
            if tr["end"] is True:
                split.append(cur)
                cur = []
        if cur:
            split.append(cur)
    for si, sess in enumerate(split):
        sid = "amzn1.echo-api.session." + uuid(cid, start, si)
        for ti, tr in enumerate(sess):
            st = {"new": ti == 0, "sessionId": sid, "application": {"applicationId": app}, "user": {"userId": user}}
            if ti:
                st["attributes"] = {}
            if c.get("account_linking"):
                st["user"]["accessToken"] = "Atza|REDACTED"
            req = {"type": "LaunchRequest" if tr["i"] == "LaunchRequest" else (
                "SessionEndedRequest" if tr["i"] == "SessionEndedRequest" else "IntentRequest"),
                "requestId": "amzn1.echo-api.request." + uuid(cid, start, si, ti),
                "locale": loc, "timestamp": t.strftime("%Y-%m-%dT%H:%M:%SZ")}
            if req["type"] == "IntentRequest":
                it = {"name": tr["i"], "confirmationStatus": "NONE"}
                if tr["slots"]:
                    it["slots"] = {k: {"name": k, "value": v, "confirmationStatus": "NONE", "source": "USER"} for k, v in tr["slots"].items()}
                req["intent"] = it
                if c.get("dialog") and any(d["name"] == tr["i"] for d in c["dialog"].get("intents", [])):
                    req["dialogState"] = "IN_PROGRESS"
            if req["type"] == "SessionEndedRequest":
                req["reason"] = "USER_INITIATED"
            sysctx = {"application": {"applicationId": app}, "user": {"userId": user},
                      "device": {"deviceId": dev, "supportedInterfaces": {"AudioPlayer": {}} if c.get("interfaces") else {}},
                      "apiEndpoint": fe(loc), "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}
            reqenv = {"version": "1.0", "session": st, "context": {"System": sysctx}, "request": req}
            r = {}
            if tr["say"] is not None and tr["i"] != "SessionEndedRequest":
                if tr["say"] != "" or tr["end"] is not None:
                    r["outputSpeech"] = speech(tr["say"], tr["plain"])
            if tr["card"]:
                r["card"] = tr["card"]
            if tr["rp"] is not None:
                r["reprompt"] = {"outputSpeech": speech(tr["rp"], tr["plain"])}
            if tr["dirs"]:
                r["directives"] = tr["dirs"]
            if tr["end"] is not None:
                r["shouldEndSession"] = tr["end"]
            resenv = {"version": "1.0", "sessionAttributes": tr["attrs"] or {}, "userAgent": agent, "response": r}
            out.append((tr["u"], reqenv, resenv, t))
            t = t + dt.timedelta(seconds=step)
            if tr["end"] is True or tr["i"] == "SessionEndedRequest":
                pass
        t = t + dt.timedelta(minutes=3)
    return out


def caption(resenv):
    import re
    os_ = resenv["response"].get("outputSpeech") or {}
    txt = os_.get("ssml") or os_.get("text") or ""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", txt)).strip()


def ms(t):
    return int(t.replace(tzinfo=dt.timezone.utc).timestamp() * 1000)


def iso(t, frac="120"):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + frac + "Z"


def render(cid, c, rec):
    """rec: dict(shape, dir, date 'YYYY-MM-DDTHH:MM', sessions, name?)"""
    shape, d = rec["shape"], rec["dir"]
    start = dt.datetime.strptime(rec["date"], "%Y-%m-%dT%H:%M")
    pairs = build_pairs(cid, c, rec["sessions"], start)
    base = rec.get("name", cid[4:])
    ep = endpoint(cid)
    if shape == "envelope":
        for n, (u, q, r, t) in enumerate(pairs, 1):
            slug = (q["request"].get("intent", {}).get("name") or q["request"]["type"]).replace("AMAZON.", "").lower()
            write(cid, f"{d}/{n:02d}-{slug}.{rec.get('suffix', 'response')}.json", r)
    elif shape == "pairs-jsonl":
        write(cid, f"{d}/{base}.jsonl", jl({"request": q, "response": r} for u, q, r, t in pairs))
    elif shape == "pairs-array":
        write(cid, f"{d}/{base}.json", [{"request": q, "response": r} for u, q, r, t in pairs])
    elif shape in ("smapi-simulation", "smapi-invocation"):
        for n, (u, q, r, t) in enumerate(pairs, 1):
            if shape == "smapi-simulation":
                o = {"id": uuid(cid, "sim", n, rec["date"]), "status": "SUCCESSFUL", "result": {
                    "alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": caption(r)}}],
                                           "consideredIntents": [{"name": q["request"].get("intent", {}).get("name", q["request"]["type"]), "confirmationStatus": "NONE"}]},
                    "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": ep, "body": q},
                                                            "invocationResponse": {"body": r},
                                                            "metrics": {"skillExecutionTimeInMilliseconds": 80 + n}}]},
                    "error": None}}
                o["result"].pop("error")
                write(cid, f"{d}/simulation-{n:02d}.json", o)
            else:
                o = {"id": uuid(cid, "inv", n, rec["date"]), "status": "SUCCESSFUL", "result": {"skillExecutionInfo": {
                    "invocationRequest": {"endpoint": ep, "body": q}, "invocationResponse": {"body": r},
                    "metrics": {"skillExecutionTimeInMilliseconds": 70 + n}}}}
                write(cid, f"{d}/invoke-{n:02d}.json", o)
    elif shape == "ask-dialog":
        write(cid, f"{d}/{base}.replay.json", {"skillId": pairs[0][1]["session"]["application"]["applicationId"],
                                                "locale": c["locale"], "type": "text",
                                                "userInput": [u for u, q, r, t in pairs]})
        if rec.get("text_record"):
            lines = []
            for u, q, r, t in pairs:
                lines.append(f"User  > {u}")
                lines.append(f"Alexa > {caption(r)}")
            write(cid, f"{d}/{base}.output.txt", "\n".join(lines) + "\n")
        else:
            write(cid, f"{d}/{base}.skill-io.json", [{"utterance": u, "invocations": [
                {"invocationRequest": {"endpoint": ep, "body": q}, "invocationResponse": {"body": r}}]} for u, q, r, t in pairs])
    elif shape in ("cloudwatch-text", "cloudwatch-json"):
        py = rec.get("python", False)
        kw_in, kw_out = rec.get("kw", ("Request: ", "Response: "))
        lines, events = [], []
        for u, q, r, t in pairs:
            rid = uuid(cid, "lam", q["request"]["requestId"])
            msgs = [f"START RequestId: {rid} Version: $LATEST\n"]
            for k, obj, fr in ((kw_in, q, "120"), (kw_out, r, "214")):
                body = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
                if py:
                    msgs.append(f"[INFO]\t{iso(t, fr)}\t{rid}\t{k}{body}\n")
                else:
                    msgs.append(f"{iso(t, fr)}\t{rid}\tINFO\t{k}{body}\n")
            msgs.append(f"END RequestId: {rid}\n")
            msgs.append(f"REPORT RequestId: {rid}\tDuration: 52.17 ms\tBilled Duration: 53 ms\tMemory Size: 256 MB\tMax Memory Used: 88 MB\n")
            lines += msgs
            for k, m in enumerate(msgs):
                events.append({"logStreamName": t.strftime("%Y/%m/%d/[$LATEST]") + h(cid, "stream"),
                               "timestamp": ms(t) + k * 40, "message": m, "ingestionTime": ms(t) + k * 40 + 500,
                               "eventId": str(37000000000000000000000000000000000000000000000000000000 + ms(t) * 10 + k)})
        if shape == "cloudwatch-text":
            write(cid, f"{d}/{rec.get('file', base + '.log')}", "".join(lines))
        else:
            write(cid, f"{d}/{rec.get('file', base + '-events.json')}", {"events": events, "searchedLogStreams": []})
    elif shape == "har":
        ents = []
        url = rec.get("url", f"https://{h(cid, 'ng', n=4)}-198-51-100-23.ngrok-free.app/")
        for u, q, r, t in pairs:
            qt, rt = json.dumps(q, ensure_ascii=False), json.dumps(r, ensure_ascii=False)
            ents.append({"startedDateTime": iso(t), "time": 131.4,
                         "request": {"method": "POST", "url": url, "httpVersion": "HTTP/1.1",
                                     "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"},
                                                 {"name": "SignatureCertChainUrl", "value": "https://s3.amazonaws.com/echo.api/echo-api-cert-13.pem"}],
                                     "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(qt.encode()),
                                     "postData": {"mimeType": "application/json; charset=utf-8", "text": qt}},
                         "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                                      "headers": [{"name": "Content-Type", "value": "application/json"}], "cookies": [],
                                      "content": {"size": len(rt.encode()), "mimeType": "application/json", "text": rt},
                                      "redirectURL": "", "headersSize": -1, "bodySize": -1},
                         "cache": {}, "timings": {"send": 0.2, "wait": 128.9, "receive": 2.3}})
        write(cid, f"{d}/{rec.get('file', base + '.har')}", {"log": {"version": "1.2", "creator": {"name": rec.get("creator", "Charles Proxy"), "version": "4.6.4"}, "pages": [], "entries": ents}})
    elif shape == "transcript":
        lines = [f"# {c['name']} - {rec.get('title', 'QA run')} ({c['locale']})"]
        for u, q, r, t in pairs:
            ts = t.strftime("%Y-%m-%dT%H:%M:%SZ")
            lines.append(f"[{ts}] USER: {u}")
            raw = (r["response"].get("outputSpeech") or {})
            raw = raw.get("ssml") or raw.get("text") or ""
            shown = caption(r) if "<audio" not in raw and "<break" not in raw else raw
            lines.append(f"[{ts}] SKILL: {shown}")
            if "reprompt" in r["response"]:
                rr = r["response"]["reprompt"]["outputSpeech"]
                lines.append(f"[{ts}] SKILL (reprompt): {rr.get('ssml') or rr.get('text')}")
            lines.append(f"[{ts}] session_open={r['response'].get('shouldEndSession') is not True}")
        write(cid, f"{d}/{rec.get('file', 'transcript.txt')}", "\n".join(lines) + "\n")
    # ------------------------------------------------------- shapes not in set 1's table
    elif shape == "postman-collection":
        items = []
        for n, (u, q, r, t) in enumerate(pairs, 1):
            reqd = {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
                    "body": {"mode": "raw", "raw": json.dumps(q, ensure_ascii=False, indent=2)},
                    "url": {"raw": "{{skill_url}}", "host": ["{{skill_url}}"]}}
            items.append({"name": f"{n:02d} {u}", "request": reqd, "response": [{
                "name": f"{n:02d} recorded", "originalRequest": reqd, "status": "OK", "code": 200,
                "_postman_previewlanguage": "json", "header": [{"key": "Content-Type", "value": "application/json"}],
                "body": json.dumps(r, ensure_ascii=False, indent=2)}]})
        write(cid, f"{d}/{rec.get('file', base + '.postman_collection.json')}", {"info": {
            "_postman_id": uuid(cid, "pm"), "name": c["name"] + " - skill endpoint",
            "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}, "item": items,
            "variable": [{"key": "skill_url", "value": "http://localhost:3000/alexa"}]})
    elif shape == "jest-snapshot":
        parts = ["// Jest Snapshot v1, https://goo.gl/fbAQLP\n"]
        for n, (u, q, r, t) in enumerate(pairs, 1):
            name = q["request"].get("intent", {}).get("name") or q["request"]["type"]
            body = json.dumps(r, ensure_ascii=False, indent=2).replace("`", "\\`")
            parts.append(f"\nexports[`{c['name']} {n:02d} {name} (\"{u}\") 1`] = `\n{body}\n`;\n")
        write(cid, f"{d}/__snapshots__/{base}.test.js.snap", "".join(parts))
        write(cid, f"{d}/fixtures/{base}.requests.json", [q for u, q, r, t in pairs])
    elif shape == "curl-trace":
        out = []
        for u, q, r, t in pairs:
            qt, rt = json.dumps(q, ensure_ascii=False), json.dumps(r, ensure_ascii=False)
            out.append(f"# {t.strftime('%Y-%m-%d %H:%M:%S')}  utterance: {u}\n"
                       f"$ curl -sv -X POST http://localhost:8080/skill -H 'Content-Type: application/json' -d @req.json\n"
                       f"> POST /skill HTTP/1.1\n> Host: localhost:8080\n> Content-Type: application/json\n> Content-Length: {len(qt.encode())}\n>\n{qt}\n"
                       f"< HTTP/1.1 200 OK\n< Content-Type: application/json\n< Content-Length: {len(rt.encode())}\n<\n{rt}\n\n")
        write(cid, f"{d}/{rec.get('file', base + '-curl.txt')}", "".join(out))
    elif shape == "sam-local":
        for n, (u, q, r, t) in enumerate(pairs, 1):
            write(cid, f"{d}/events/{n:02d}.json", q)
            rid = uuid(cid, "sam", n)
            write(cid, f"{d}/output/{n:02d}.out", f"Invoking index.handler (nodejs18.x)\nMounting /var/task as /var/task:ro,delegated\n"
                  f"START RequestId: {rid} Version: $LATEST\nEND RequestId: {rid}\nREPORT RequestId: {rid}\tInit Duration: 0.11 ms\tDuration: 211.04 ms\tBilled Duration: 212 ms\tMemory Size: 128 MB\tMax Memory Used: 128 MB\n"
                  + json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")
    elif shape == "yaml-pairs":
        out = [f"# recorded {rec['date']} by record-turns.py\nturns:\n"]
        for u, q, r, t in pairs:
            out.append(f"- utterance: {json.dumps(u, ensure_ascii=False)}\n  at: '{t.isoformat()}Z'\n"
                       f"  request: {json.dumps(q, ensure_ascii=False)}\n  response: {json.dumps(r, ensure_ascii=False)}\n")
        write(cid, f"{d}/{rec.get('file', base + '.recording.yaml')}", "".join(out))
    elif shape == "csv-turns":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(["timestamp", "session_id", "new_session", "request_type", "intent", "slots", "user_utterance",
                    "output_speech", "reprompt", "should_end_session"])
        for u, q, r, t in pairs:
            rr = r["response"]
            rp = rr.get("reprompt", {}).get("outputSpeech", {})
            w.writerow([t.isoformat() + "Z", q["session"]["sessionId"], q["session"]["new"], q["request"]["type"],
                        q["request"].get("intent", {}).get("name", ""),
                        json.dumps({k: v.get("value") for k, v in q["request"].get("intent", {}).get("slots", {}).items()}, ensure_ascii=False),
                        u, (rr.get("outputSpeech") or {}).get("ssml") or (rr.get("outputSpeech") or {}).get("text", ""),
                        rp.get("ssml") or rp.get("text", ""), rr.get("shouldEndSession", "")])
        write(cid, f"{d}/{rec.get('file', base + '-turns.csv')}", buf.getvalue())
    else:
        raise ValueError(shape)


def alexa(cid, c, recs, cats, why):
    alexa_package(cid, c)
    shapes = []
    for rec in recs:
        render(cid, c, rec)
        if rec["shape"] not in shapes:
            shapes.append(rec["shape"])
    label(cid, cats, c["locale"], shapes, why)


def R(shape, d, date, *sessions, **kw):
    return dict(shape=shape, dir=d, date=date, sessions=list(sessions), **kw)


# ---------------------------------------------------------------- Google

def G(u, intent="actions.intent.MAIN", say="", expect=True, params=None, handler=None, scene="Main", nxt=None,
      noinput=None, perm=None, display=None):
    return dict(u=u, intent=intent, say=say, expect=expect, params=params or {}, handler=handler, scene=scene,
                nxt=nxt, noinput=noinput, perm=perm, display=display)


def yml(obj, ind=0):
    """tiny YAML writer (dicts, lists, scalars)"""
    sp = "  " * ind
    out = []
    if isinstance(obj, dict):
        for k, v in obj.items():
            if isinstance(v, (dict, list)) and v:
                out.append(f"{sp}{k}:")
                out.append(yml(v, ind + 1))
            else:
                out.append(f"{sp}{k}: {sc(v)}")
    elif isinstance(obj, list):
        for v in obj:
            if isinstance(v, dict) and v:
                first = True
                sub = yml(v, ind + 1).split("\n")
                sub[0] = sp + "- " + sub[0].lstrip()
                out.append("\n".join(sub))
            else:
                out.append(f"{sp}- {sc(v)}")
    return "\n".join(out)


def sc(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if v is None:
        return "null"
    if isinstance(v, (int, float)):
        return str(v)
    if v == {}:
        return "{}"
    if v == []:
        return "[]"
    return json.dumps(v, ensure_ascii=False)


def builder_project(cid, g):
    """g: displayName, pronunciation, locale ('en'), category, intents {name: {params:{p:type}, phrases:[..]}},
    types {name: {...}}, scenes {name: yaml-dict}, main_handler"""
    st = {"defaultLocale": g.get("lang", "en"), "projectId": g["project"],
          "localizedSettings": {"displayName": g["displayName"], "pronunciation": g["pronunciation"],
                                "shortDescription": g.get("short", g["description"][:80]),
                                "fullDescription": g["description"],
                                "developerName": g.get("dev", "Independent developer"),
                                "developerEmail": g.get("email", "dev@" + g["project"] + ".example"),
                                "sampleInvocations": g.get("samples", ["Talk to " + g["displayName"]]),
                                "termsOfServiceUrl": "", "privacyPolicyUrl": g.get("privacy", "")},
          "category": g.get("category", "GAMES_AND_TRIVIA"), "usesTransactionsApi": False,
          "usesDigitalPurchaseApi": False, "usesInteractiveCanvas": False, "designedForFamily": g.get("family", False)}
    if not g.get("privacy"):
        del st["localizedSettings"]["privacyPolicyUrl"]
    write(cid, "sdk/settings/settings.yaml", yml(st) + "\n")
    write(cid, "sdk/manifest.yaml", 'version: "1.0"\n')
    write(cid, "sdk/actions/actions.yaml", yml({"actions": {"actions.intent.MAIN": {"handler": {"webhookHandler": g.get("main_handler", "welcome")}, "transitionToScene": g.get("first_scene", "Main")}}}) + "\n")
    for n, it in g["intents"].items():
        d = {}
        if it.get("params"):
            d["parameters"] = [{"name": p, "type": {"name": t}} for p, t in it["params"].items()]
        d["trainingPhrases"] = it["phrases"]
        write(cid, f"sdk/custom/intents/{n}.yaml", yml(d) + "\n")
    for n, t in g.get("types", {}).items():
        write(cid, f"sdk/custom/types/{n}.yaml", yml(t) + "\n")
    for n, s in g.get("scenes", {}).items():
        write(cid, f"sdk/custom/scenes/{n}.yaml", yml(s) + "\n")
    hs = sorted(set(g.get("handlers", ["welcome"])))
    write(cid, "sdk/webhooks/ActionsOnGoogleFulfillment.yaml", yml({"handlers": [{"name": x} for x in hs],
                                                                    "inlineCloudFunction": {"executeFunction": "ActionsOnGoogleFulfillment"}}) + "\n")


def scene_recording(cid, g, turns, d, date, locale="en-US"):
    t = dt.datetime.strptime(date, "%Y-%m-%dT%H:%M")
    sid = "ABwppH" + h(cid, date, "sid", n=42)
    n = 0
    for tr in turns:
        n += 1
        req = {"handler": {"name": tr["handler"] or "welcome"},
               "intent": {"name": tr["intent"], "params": {k: {"original": v, "resolved": v} for k, v in tr["params"].items()}, "query": tr["u"]},
               "scene": {"name": tr["scene"], "slotFillingStatus": "UNSPECIFIED", "slots": {}, "next": {"name": ""}},
               "session": {"id": sid, "params": {}, "typeOverrides": [], "languageCode": ""},
               "user": {"locale": locale, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                        "verificationStatus": "VERIFIED", "packageEntitlements": [], "permissions": [],
                        "lastSeenTime": t.strftime("%Y-%m-%dT%H:%M:%SZ")},
               "home": {"params": {}},
               "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"], "timeZone": {"id": "Europe/Berlin" if not locale.startswith("en") else "America/Chicago", "version": ""}}}
        nxt = tr["nxt"] or ("actions.scene.END_CONVERSATION" if not tr["expect"] else tr["scene"])
        res = {"session": {"id": sid, "params": {}},
               "prompt": {"override": False, "firstSimple": {"speech": tr["say"], "text": tr["display"] if tr["display"] is not None else tr["say"]}},
               "scene": {"name": tr["scene"], "slots": {}, "next": {"name": nxt}}}
        write(cid, f"{d}/{n:02d}-request.json", req)
        write(cid, f"{d}/{n:02d}-response.json", res)
        t += dt.timedelta(seconds=10)


def v2_action(cid, g):
    acts = [{"description": "Default Welcome Intent", "name": "MAIN", "fulfillment": {"conversationName": "main"},
             "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": g["patterns"]}}}]
    for n, pats in g.get("custom", {}).items():
        acts.append({"description": n, "name": n, "fulfillment": {"conversationName": "main"},
                     "intent": {"name": n, "parameters": g.get("params", {}).get(n, []), "trigger": {"queryPatterns": pats}}})
    pkg = {"actions": acts, "conversations": {"main": {"name": "main", "url": g["url"], "fulfillmentApiVersion": 2}},
           "locale": g.get("lang", "en")}
    if g.get("manifest"):
        pkg["manifest"] = g["manifest"]
    write(cid, "action.json", pkg)


def conv_recording(cid, turns, path, date, locale="en-US"):
    t = dt.datetime.strptime(date, "%Y-%m-%dT%H:%M")
    cvid = str(int(h(cid, date, "conv"), 16) % 10**14)
    uid = "ABwppH" + h(cid, "guser", n=34)
    lines = []
    for k, tr in enumerate(turns):
        inp = {"intent": tr["intent"], "rawInputs": [{"inputType": "VOICE", "query": tr["u"]}]}
        if tr["intent"] == "actions.intent.TEXT":
            inp["arguments"] = [{"name": "text", "rawText": tr["u"], "textValue": tr["u"]}]
        if tr["params"]:
            inp.setdefault("arguments", []).extend({"name": a, "rawText": v, "textValue": v} for a, v in tr["params"].items())
        req = {"user": {"userId": uid, "locale": locale, "lastSeen": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "userVerificationStatus": "VERIFIED"},
               "conversation": {"conversationId": cvid, "type": "NEW" if k == 0 else "ACTIVE", **({} if k == 0 else {"conversationToken": "{}"})},
               "inputs": [inp], "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
               "isInSandbox": True, "availableSurfaces": []}
        if tr["expect"]:
            ip = {"richInitialPrompt": {"items": [{"simpleResponse": {"textToSpeech": tr["say"], "displayText": tr["display"] if tr["display"] is not None else tr["say"]}}]}}
            if tr["noinput"] is not None:
                ip["noInputPrompts"] = [{"textToSpeech": x} for x in tr["noinput"]]
            pi = [{"intent": "actions.intent.TEXT"}]
            if tr["perm"]:
                pi = [{"intent": "actions.intent.PERMISSION", "inputValueData": {
                    "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                    "optContext": tr["perm"][0], "permissions": tr["perm"][1]}}]
            res = {"expectUserResponse": True, "expectedInputs": [{"inputPrompt": ip, "possibleIntents": pi, "speechBiasingHints": []}],
                   "conversationToken": "{\"state\":null,\"data\":{}}"}
        else:
            res = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": [{"simpleResponse": {"textToSpeech": tr["say"]}}]}}}
        lines.append({"request": req, "response": res})
        t += dt.timedelta(seconds=9)
    write(cid, path, jl(lines))


def dialogflow_agent(cid, g):
    lang = g.get("lang", "en")
    write(cid, "agent.json", {"description": g["description"], "displayName": g["displayName"], "language": lang,
                              "shortDescription": g["description"][:90], "examples": "", "linkToDocs": "",
                              "disableInteractionLogs": False, "disableStackdriverLogs": True,
                              "googleAssistant": {"googleAssistantCompatible": True, "project": g["project"],
                                                  "welcomeIntentSignInRequired": False, "startIntents": [], "systemIntents": [],
                                                  "endIntentIds": [], "oAuthLinking": {"required": False}, "voiceType": "FEMALE_1",
                                                  "capabilities": [], "env": "", "protocolVersion": "V2",
                                                  "autoPreviewEnabled": False, "isDeviceAgent": False},
                              "defaultTimezone": g.get("tz", "America/New_York"),
                              "webhook": {"url": g["url"], "username": "", "headers": {}, "available": True,
                                          "useForDomains": False, "cloudFunctionsEnabled": False, "cloudFunctionsInitialized": False},
                              "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformApi": True,
                              "onePlatformApiVersion": "v2beta1", "analyzeQueryTextSentiment": False,
                              "enabledKnowledgeBaseNames": [], "knowledgeServiceConfidenceAdjustment": 0.0,
                              "dialogBuilderMode": False, "baseActionPackagesUrl": ""})
    write(cid, "package.json", {"version": "1.0.0"})
    for name, it in g["intents"].items():
        params = [{"id": uuid(cid, name, p), "required": False, "dataType": t, "name": p, "value": "$" + p,
                   "promptMessages": [], "noMatchPromptMessages": [], "noInputPromptMessages": [],
                   "outputDialogContexts": [], "isList": False} for p, t in it.get("params", {}).items()]
        write(cid, f"intents/{name}.json", {"id": uuid(cid, name), "name": name, "auto": True, "contexts": [],
                                            "responses": [{"resetContexts": False, "action": it.get("action", ""), "affectedContexts": [],
                                                           "parameters": params, "messages": [{"type": 0, "lang": lang, "condition": "", "speech": it.get("speech", [])}],
                                                           "defaultResponsePlatforms": {}, "speech": []}],
                                            "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False,
                                            "fallbackIntent": it.get("fallback", False), "events": it.get("events", []),
                                            "conditionalResponses": [], "condition": "", "conditionalFollowupEvents": []})
        says = []
        for k, ph in enumerate(it.get("says", [])):
            # phrase: list of str or (text, alias, meta)
            data = []
            for part in ph:
                if isinstance(part, str):
                    data.append({"text": part, "userDefined": False})
                else:
                    data.append({"text": part[0], "alias": part[1], "meta": part[2], "userDefined": True})
            says.append({"id": uuid(cid, name, k), "data": data, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
        if says:
            write(cid, f"intents/{name}_usersays_{lang}.json", says)
    for name, ent in g.get("entities", {}).items():
        write(cid, f"entities/{name}.json", {"id": uuid(cid, "ent", name), "name": name, "isOverridable": True,
                                             "isEnum": False, "isRegexp": False, "automatedExpansion": ent.get("auto", False),
                                             "allowFuzzyExtraction": False})
        write(cid, f"entities/{name}_entries_{lang}.json", [{"value": v, "synonyms": [v]} for v in ent["values"]])


def df_recording(cid, g, turns, path, date, locale="en-US"):
    t = dt.datetime.strptime(date, "%Y-%m-%dT%H:%M")
    sess = str(int(h(cid, date, "dfs"), 16) % 10**15)
    proj = g["project"]
    uid = "ABwppH" + h(cid, "dfuser", n=34)
    lines = []
    for k, tr in enumerate(turns):
        intent_name = {"actions.intent.MAIN": "Default Welcome Intent"}.get(tr["intent"], tr["intent"])
        req = {"responseId": uuid(cid, date, k) + "-" + h(cid, k, n=8),
               "queryResult": {"queryText": tr["u"], "parameters": tr["params"], "allRequiredParamsPresent": True,
                               "fulfillmentMessages": [{"text": {"text": [""]}}],
                               "outputContexts": [{"name": f"projects/{proj}/agent/sessions/{sess}/contexts/actions_capability_audio_output"}],
                               "intent": {"name": f"projects/{proj}/agent/intents/{uuid(cid, intent_name)}", "displayName": intent_name},
                               "intentDetectionConfidence": 1, "languageCode": g.get("lang", "en")},
               "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
                   "user": {"userId": uid, "locale": locale, "lastSeen": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "userVerificationStatus": "VERIFIED"},
                   "conversation": {"conversationId": sess, "type": "NEW" if k == 0 else "ACTIVE"},
                   "inputs": [{"intent": "actions.intent.MAIN" if k == 0 else "actions.intent.TEXT",
                               "rawInputs": [{"inputType": "VOICE", "query": tr["u"]}]}],
                   "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}, "isInSandbox": True}},
               "session": f"projects/{proj}/agent/sessions/{sess}"}
        goog = {"expectUserResponse": tr["expect"], "richResponse": {"items": [{"simpleResponse": {"textToSpeech": tr["say"]}}]}}
        if tr["noinput"] is not None:
            goog["noInputPrompts"] = [{"textToSpeech": x} for x in tr["noinput"]]
        if tr["perm"]:
            goog["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {
                "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": tr["perm"][0], "permissions": tr["perm"][1]}}
        res = {"fulfillmentText": tr["say"], "payload": {"google": goog}}
        lines.append({"timestamp": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "request": req, "response": res})
        t += dt.timedelta(seconds=8)
    if path.endswith(".jsonl"):
        write(cid, path, jl(lines))
    else:
        for k, l in enumerate(lines, 1):
            write(cid, f"{path}/{k:02d}-request.json", l["request"])
            write(cid, f"{path}/{k:02d}-response.json", l["response"])

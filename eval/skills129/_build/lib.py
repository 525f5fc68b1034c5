"""Helpers for set 129: project writers (Alexa / Actions Builder / Actions SDK v2 / Dialogflow) and
recording renderers (set-1 shapes + new shapes). Case content lives in cases_*.py."""
import csv, hashlib, io, json, os, shutil

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = os.path.join(ROOT, "cases")

CASE_LIST = []


def C(**kw):
    CASE_LIST.append(kw)
    return kw


def T(intent, utt, speech, rep=None, end=False, slots=None, dev=None):
    """one turn: request intent (or LaunchRequest / SessionEndedRequest), what the user said,
    what the skill answered, reprompt, shouldEndSession."""
    return {"intent": intent, "utt": utt, "speech": speech, "rep": rep, "end": end, "slots": slots or {}}


def L(speech, rep=None, end=False):
    return T("LaunchRequest", "", speech, rep, end)


def h(*parts, n=32):
    return hashlib.sha1("|".join(str(p) for p in parts).encode()).hexdigest()[:n]


def uuid(*parts):
    x = h(*parts)
    return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}"


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if isinstance(data, (dict, list)):
        data = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    with open(path, "w", encoding="utf-8") as f:
        f.write(data)


def jl(o):
    return json.dumps(o, ensure_ascii=False, separators=(",", ":"))


# ------------------------------------------------------------------ Alexa project
STD_INTENTS = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent", "AMAZON.YesIntent", "AMAZON.NoIntent",
               "AMAZON.FallbackIntent"]
API_ENDPOINT = {"en-US": "https://api.amazonalexa.com", "pt-BR": "https://api.amazonalexa.com",
                "en-IN": "https://api.eu.amazonalexa.com", "it-IT": "https://api.eu.amazonalexa.com",
                "ja-JP": "https://api.fe.amazonalexa.com"}


def alexa_project(d, c):
    loc = c["loc"]
    locales = c.get("extra_locales", {})
    pub = {"summary": c.get("summary", c["desc"][:120]), "examplePhrases": c.get("examples") or [],
           "name": c["name"], "description": c["desc"], "keywords": c.get("keywords", []),
           "smallIconUri": f"https://cdn.example-{h(c['id'], n=6)}.net/icons/108.png",
           "largeIconUri": f"https://cdn.example-{h(c['id'], n=6)}.net/icons/512.png"}
    if not pub["examplePhrases"]:
        w = {"ja-JP": "アレクサ、{}を開いて", "it-IT": "Alexa, apri {}", "pt-BR": "Alexa, abrir {}"}.get(loc, "Alexa, open {}")
        pub["examplePhrases"] = [w.format(c["inv"])]
    pac = {"allowsPurchases": False, "usesPersonalInfo": bool(c.get("perms")) or c.get("uses_pi", False),
           "isChildDirected": c.get("child", False), "isExportCompliant": True, "containsAds": False}
    if c.get("privacy"):
        pac["locales"] = {loc: {"privacyPolicyUrl": c["privacy"], "termsOfUseUrl": c.get("terms", "")}}
    man = {"manifest": {"publishingInformation": {"locales": {loc: pub}, "isAvailableWorldwide": False,
                                                   "distributionCountries": c.get("countries", [loc.split("-")[1]]),
                                                   "testingInstructions": c.get("testing", "Open the skill and follow the prompts."),
                                                   "category": c.get("category", "TRAVEL_AND_TRANSPORTATION"),
                                                   "automaticDistribution": {"isActive": False}},
                        "apis": {"custom": {"endpoint": c.get("endpoint") or {"uri": f"arn:aws:lambda:{c.get('region','us-east-1')}:{int(h(c['id'],n=10),16)%10**12:012d}:function:{c['id'][7:]}"},
                                            "interfaces": c.get("interfaces", [])}},
                        "manifestVersion": "1.0", "privacyAndCompliance": pac}}
    for l2, p2 in locales.items():
        man["manifest"]["publishingInformation"]["locales"][l2] = dict(pub, **p2.get("pub", {}))
    if c.get("perms"):
        man["manifest"]["permissions"] = [{"name": p} for p in c["perms"]]
    if c.get("events"):
        man["manifest"]["events"] = c["events"]
    write(os.path.join(d, "skill-package", "skill.json"), man)
    write(os.path.join(d, "skill-package", "interactionModels", "custom", f"{loc}.json"), model_json(c["inv"], c.get("intents", []), c.get("types", []), c.get("dialog")))
    for l2, p2 in locales.items():
        write(os.path.join(d, "skill-package", "interactionModels", "custom", f"{l2}.json"), model_json(p2["inv"], p2["intents"], p2.get("types", [])))
    if c.get("ask_resources", True):
        write(os.path.join(d, "ask-resources.json"), {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
            "skillMetadata": {"src": "./skill-package"}, "code": {"default": {"src": "./lambda"}},
            "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": c.get("runtime", "nodejs18.x"), "handler": "lambda_function.lambda_handler" if c.get("runtime", "").startswith("python") else "index.handler", "awsRegion": c.get("region", "us-east-1")}}}}})
    for rel, text in (c.get("files") or {}).items():
        write(os.path.join(d, rel), text)


def model_json(inv, intents, types, dialog=None):
    its = []
    for it in intents:
        name, samples = it[0], it[1]
        slots = it[2] if len(it) > 2 else {}
        e = {"name": name, "slots": [{"name": k, "type": v} for k, v in slots.items()], "samples": samples}
        if not slots:
            del e["slots"]
        its.append(e)
    names = {i["name"] for i in its}
    for s in STD_INTENTS:
        if s not in names:
            its.append({"name": s, "samples": []})
    ty = [{"name": n, "values": [{"name": {"value": v if isinstance(v, str) else v[0], "synonyms": [] if isinstance(v, str) else v[1:]}} for v in vals]} for n, vals in types]
    lm = {"invocationName": inv, "intents": its, "types": ty}
    m = {"interactionModel": {"languageModel": lm}}
    if dialog:
        m["interactionModel"]["dialog"] = dialog["dialog"]
        m["interactionModel"]["prompts"] = dialog["prompts"]
    return m


# ------------------------------------------------------------------ Alexa envelopes
def speech_obj(s):
    if s is None:
        return None
    if s.strip().startswith("<speak>"):
        return {"type": "SSML", "ssml": s}
    return {"type": "PlainText", "text": s}


class Sess:
    """Walks a list of sessions (list of turns) and produces request/response envelopes."""

    def __init__(self, c, sessions, tag="r", t0=1735700000):
        self.c, self.sessions, self.tag, self.t0 = c, sessions, tag, t0

    def pairs(self):
        c = self.c
        app = f"amzn1.ask.skill.{uuid(c['id'], 'app')}"
        uid = f"amzn1.ask.account.{h(c['id'], 'user', n=40).upper()}"
        dev = f"amzn1.ask.device.{h(c['id'], 'dev', n=40).upper()}"
        out, k = [], 0
        for si, sess in enumerate(self.sessions):
            sid = f"amzn1.echo-api.session.{uuid(c['id'], self.tag, si)}"
            attrs = {}
            for ti, t in enumerate(sess):
                k += 1
                ts = self.t0 + k * 37 + si * 600
                import datetime
                iso = datetime.datetime.utcfromtimestamp(ts).strftime("%Y-%m-%dT%H:%M:%SZ")
                rq = {"requestId": f"amzn1.echo-api.request.{uuid(c['id'], self.tag, si, ti)}", "timestamp": iso, "locale": t.get("loc", c["loc"])}
                if t["intent"] == "LaunchRequest":
                    rq = {"type": "LaunchRequest", **rq, "shouldLinkResultBeReturned": False}
                elif t["intent"] == "SessionEndedRequest":
                    rq = {"type": "SessionEndedRequest", **rq, "reason": "USER_INITIATED"}
                elif t["intent"].startswith("Connections."):
                    rq = {"type": t["intent"], **rq, "name": "AskFor", "status": {"code": "200", "message": "OK"}, "token": "", "payload": t["slots"]}
                else:
                    slots = {n: {"name": n, "value": v, "confirmationStatus": "NONE", "source": "USER"} for n, v in t["slots"].items()}
                    intent = {"name": t["intent"], "confirmationStatus": "NONE"}
                    if slots:
                        intent["slots"] = slots
                    rq = {"type": "IntentRequest", **rq, "intent": intent, "dialogState": "COMPLETED" if slots else None}
                    if rq["dialogState"] is None:
                        del rq["dialogState"]
                sysctx = {"application": {"applicationId": app}, "user": {"userId": uid},
                          "device": {"deviceId": dev, "supportedInterfaces": {"AudioPlayer": {}}},
                          "apiEndpoint": API_ENDPOINT.get(c["loc"], "https://api.amazonalexa.com"),
                          "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.REDACTED"}
                req = {"version": "1.0",
                       "session": {"new": ti == 0, "sessionId": sid, "application": {"applicationId": app},
                                   "attributes": dict(attrs), "user": {"userId": uid}},
                       "context": {"System": sysctx}, "request": rq}
                if t["intent"] == "SessionEndedRequest":
                    resp = {"version": "1.0", "response": {}}
                else:
                    r = {}
                    if t["speech"] is not None:
                        r["outputSpeech"] = speech_obj(t["speech"])
                    if t["rep"] is not None:
                        r["reprompt"] = {"outputSpeech": speech_obj(t["rep"])}
                    if t.get("card"):
                        r["card"] = t["card"]
                    if t.get("directives"):
                        r["directives"] = t["directives"]
                    if t["end"] is not None:
                        r["shouldEndSession"] = t["end"]
                    attrs = {"turn": ti + 1}
                    resp = {"version": "1.0", "sessionAttributes": dict(attrs), "userAgent": c.get("ua", "ask-node/2.14.0 Node/v18.19.0"), "response": r}
                out.append({"req": req, "resp": resp, "turn": t, "ts": ts, "iso": iso, "sid": sid, "si": si, "ti": ti})
        return out


def _p(c, sessions, tag):
    return Sess(c, sessions, tag).pairs()


def r_envelope(d, c, rel, sessions, tag):
    for i, p in enumerate(_p(c, sessions, tag)):
        if p["turn"]["intent"] == "SessionEndedRequest":
            continue
        nm = p["turn"]["intent"].split(".")[-1]
        write(os.path.join(d, rel, f"{i+1:02d}-{nm}.json"), p["resp"])


def r_pairs_jsonl(d, c, rel, sessions, tag):
    write(os.path.join(d, rel), "".join(jl({"request": p["req"], "response": p["resp"]}) + "\n" for p in _p(c, sessions, tag)))


def r_pairs_array(d, c, rel, sessions, tag):
    write(os.path.join(d, rel), [{"request": p["req"], "response": p["resp"]} for p in _p(c, sessions, tag)])


def _endpoint(c):
    return c.get("endpoint", {}).get("uri") or f"arn:aws:lambda:{c.get('region','us-east-1')}:000000000000:function:{c['id'][7:]}"


def r_smapi_sim(d, c, rel, sessions, tag):
    for i, p in enumerate(_p(c, sessions, tag)):
        if p["turn"]["intent"] == "SessionEndedRequest":
            continue
        o = {"id": uuid(c["id"], tag, "sim", i), "status": "SUCCESSFUL",
             "result": {"alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": strip_ssml(p["turn"]["speech"] or "")}}],
                                               "considered_intents": [{"name": p["turn"]["intent"], "confirmationStatus": "NONE", "slots": {}}]},
                        "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": _endpoint(c), "body": p["req"]},
                                                                "invocationResponse": {"body": p["resp"]},
                                                                "metrics": {"skillExecutionTimeInMilliseconds": 180 + i}}]},
                        "error": None}}
        write(os.path.join(d, rel, f"simulation-{i+1:02d}.json"), o)


def r_smapi_invoke(d, c, rel, sessions, tag):
    for i, p in enumerate(_p(c, sessions, tag)):
        if p["turn"]["intent"] == "SessionEndedRequest":
            continue
        o = {"id": uuid(c["id"], tag, "inv", i), "status": "SUCCESSFUL",
             "result": {"skillExecutionInfo": {"invocationRequest": {"endpoint": _endpoint(c), "body": p["req"]},
                                               "invocationResponse": {"body": p["resp"]},
                                               "metrics": {"skillExecutionTimeInMilliseconds": 95 + i}}, "error": None}}
        write(os.path.join(d, rel, f"invoke-{i+1:02d}.json"), o)


def strip_ssml(s):
    import re
    return re.sub(r"<[^>]+>", "", s or "").strip()


def r_ask_dialog(d, c, rel, sessions, tag, text_record=False):
    ps = _p(c, sessions, tag)
    inputs = []
    for p in ps:
        t = p["turn"]
        if t["intent"] == "LaunchRequest":
            inputs.append(f"open {c['inv']}" if c["loc"].startswith("en") else {"ja-JP": f"{c['inv']}を開いて", "it-IT": f"apri {c['inv']}", "pt-BR": f"abrir {c['inv']}"}[c["loc"]])
        elif t["intent"] != "SessionEndedRequest":
            inputs.append(t["utt"])
    write(os.path.join(d, rel, "replay.json"), {"skillId": f"amzn1.ask.skill.{uuid(c['id'], 'app')}", "locale": c["loc"], "type": "text", "userInput": inputs})
    if text_record:
        lines = []
        for inp, p in zip(inputs, [p for p in ps if p["turn"]["intent"] != "SessionEndedRequest"]):
            lines.append(f"User  > {inp}")
            r = p["resp"]["response"]
            lines.append(f"Alexa > {strip_ssml(p['turn']['speech'] or '')}")
            if "reprompt" in r:
                rp = r["reprompt"]["outputSpeech"]
                lines.append(f"        (reprompt: {json.dumps(rp.get('ssml', rp.get('text')), ensure_ascii=False)})")
            lines.append(f"        (shouldEndSession: {json.dumps(r.get('shouldEndSession'))})")
        write(os.path.join(d, rel, "dialog-record.txt"), "\n".join(lines) + "\n")
    else:
        arr = []
        for inp, p in zip(inputs, [p for p in ps if p["turn"]["intent"] != "SessionEndedRequest"]):
            arr.append({"utterance": inp, "invocations": [{"invocationRequest": {"endpoint": _endpoint(c), "body": p["req"]}, "invocationResponse": {"body": p["resp"]}}],
                        "alexaResponses": [strip_ssml(p["turn"]["speech"] or "")]})
        write(os.path.join(d, rel, "replay-output.json"), arr)


def r_ask_dialog_text(d, c, rel, sessions, tag):
    r_ask_dialog(d, c, rel, sessions, tag, text_record=True)


def r_cw_text(d, c, rel, sessions, tag, py=False):
    lines = []
    for p in _p(c, sessions, tag):
        rid = uuid(c["id"], tag, p["ts"])
        iso = p["iso"].replace("Z", ".114Z")
        lines.append(f"START RequestId: {rid} Version: $LATEST")
        if py:
            lines.append(f"[INFO]\t{iso}\t{rid}\tRequest: {jl(p['req'])}")
            lines.append(f"[INFO]\t{iso}\t{rid}\tResponse: {jl(p['resp'])}")
        else:
            kw = c.get("cw_kw", ("Request: ", "Response: "))
            lines.append(f"{iso}\t{rid}\tINFO\t{kw[0]}{jl(p['req'])}")
            lines.append(f"{iso}\t{rid}\tINFO\t{kw[1]}{jl(p['resp'])}")
        lines.append(f"END RequestId: {rid}")
        lines.append(f"REPORT RequestId: {rid}\tDuration: {40 + p['ti']*3}.12 ms\tBilled Duration: {41 + p['ti']*3} ms\tMemory Size: 256 MB\tMax Memory Used: 88 MB")
    write(os.path.join(d, rel), "\n".join(lines) + "\n")


def r_cw_text_py(d, c, rel, sessions, tag):
    r_cw_text(d, c, rel, sessions, tag, py=True)


def r_cw_json(d, c, rel, sessions, tag):
    ev = []
    stream = f"2025/01/{int(h(c['id'],n=2),16)%28+1:02d}/[$LATEST]{h(c['id'], 'stream')}"
    for p in _p(c, sessions, tag):
        rid = uuid(c["id"], tag, p["ts"])
        iso = p["iso"].replace("Z", ".301Z")
        for j, m in enumerate([f"START RequestId: {rid} Version: $LATEST\n",
                               f"{iso}\t{rid}\tINFO\tRequest: {jl(p['req'])}\n",
                               f"{iso}\t{rid}\tINFO\tResponse: {jl(p['resp'])}\n",
                               f"END RequestId: {rid}\n"]):
            t = p["ts"] * 1000 + j * 15
            ev.append({"logStreamName": stream, "timestamp": t, "message": m, "ingestionTime": t + 400, "eventId": str(37000000000000000000 + t * 10 + j)})
    write(os.path.join(d, rel), {"events": ev, "searchedLogStreams": [{"logStreamName": stream, "searchedCompletely": True}]})


def r_har(d, c, rel, sessions, tag):
    ents = []
    url = c.get("har_url", f"https://{h(c['id'], n=10)}.execute-api.us-east-1.amazonaws.com/prod/alexa")
    for p in _p(c, sessions, tag):
        body = jl(p["req"]); rb = jl(p["resp"])
        ents.append({"startedDateTime": p["iso"].replace("Z", ".000Z"), "time": 212,
                     "request": {"method": "POST", "url": url, "httpVersion": "HTTP/1.1",
                                 "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"},
                                             {"name": "Signature-256", "value": "REDACTED"}],
                                 "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(body.encode()),
                                 "postData": {"mimeType": "application/json; charset=utf-8", "text": body}},
                     "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                                  "headers": [{"name": "Content-Type", "value": "application/json;charset=UTF-8"}], "cookies": [],
                                  "content": {"size": len(rb.encode()), "mimeType": "application/json", "text": rb},
                                  "redirectURL": "", "headersSize": -1, "bodySize": len(rb.encode())},
                     "cache": {}, "timings": {"blocked": 1, "dns": 0, "connect": 0, "send": 1, "wait": 205, "receive": 5, "ssl": -1}})
    write(os.path.join(d, rel), {"log": {"version": "1.2", "creator": {"name": "Charles Proxy", "version": "4.6.6"}, "entries": ents}})


def r_transcript(d, c, rel, sessions, tag):
    lines = [f"# QA transcript - {c['name']} ({c['loc']})"]
    for p in _p(c, sessions, tag):
        t = p["turn"]
        if t["intent"] == "SessionEndedRequest":
            lines.append(f"[{p['iso']}] (session ended by device)")
            continue
        if p["ti"] == 0:
            lines.append(f"--- session {p['sid'][-12:]} ---")
        lines.append(f"[{p['iso']}] USER: {t['utt'] or '<launch>'}")
        lines.append(f"[{p['iso']}] SKILL: {t['speech']}")
        if t["rep"] is not None:
            lines.append(f"[{p['iso']}] REPROMPT: {json.dumps(t['rep'], ensure_ascii=False)}")
        lines.append(f"[{p['iso']}] session_open={'false' if t['end'] else 'true'}")
    write(os.path.join(d, rel), "\n".join(lines) + "\n")


# ---- new shapes -----------------------------------------------------------
def jest_fmt(o, ind=0):
    sp = "  " * ind
    if isinstance(o, dict):
        if not o:
            return "Object {}"
        s = "Object {\n"
        for k in sorted(o):
            s += f"{sp}  {json.dumps(k, ensure_ascii=False)}: {jest_fmt(o[k], ind+1)},\n"
        return s + sp + "}"
    if isinstance(o, list):
        if not o:
            return "Array []"
        return "Array [\n" + "".join(f"{sp}  {jest_fmt(x, ind+1)},\n" for x in o) + sp + "]"
    if isinstance(o, str):
        return json.dumps(o, ensure_ascii=False).replace("`", "\\`")
    return json.dumps(o)


def r_jest_snapshot(d, c, rel, sessions, tag):
    s = "// Jest Snapshot v1, https://goo.gl/fbAQLP\n\n"
    for i, p in enumerate(_p(c, sessions, tag)):
        t = p["turn"]
        if t["intent"] == "SessionEndedRequest":
            continue
        name = f"{c['name']} {t['intent']} {('says: ' + t['utt']) if t['utt'] else 'on launch'} {i+1}"
        s += f"exports[`{name.replace('`','')}`] = `\n{jest_fmt(p['resp'])}\n`;\n\n"
    write(os.path.join(d, rel), s)


def yq(s):
    return json.dumps(s, ensure_ascii=False)


def r_bespoken_yaml(d, c, rel, sessions, tag):
    s = f"---\nconfiguration:\n  locale: {c['loc']}\n  description: {yq(c['name'] + ' regression suite')}\n  handler: ../../lambda/index.handler\n"
    for si, sess in enumerate(sessions):
        s += f"\n---\n- test: {yq('session ' + str(si+1))}\n"
        for t in sess:
            if t["intent"] == "SessionEndedRequest":
                s += "- SessionEndedRequest:\n"
                continue
            key = "LaunchRequest" if t["intent"] == "LaunchRequest" else (t["utt"] or t["intent"])
            s += f"- {yq(key)}:\n"
            if t["speech"] is not None:
                s += f"  - prompt: {yq(t['speech'])}\n"
            if t["rep"] is not None:
                s += f"  - reprompt: {yq(t['rep'])}\n"
            s += f"  - response.shouldEndSession: {'true' if t['end'] else 'false'}\n"
    write(os.path.join(d, rel), s)


def r_postman(d, c, rel, sessions, tag):
    url = c.get("har_url", f"https://{h(c['id'], n=8)}.ngrok.io/skill")
    items = []
    for i, p in enumerate(_p(c, sessions, tag)):
        t = p["turn"]
        nm = f"{i+1:02d} {t['intent']}" + (f" - {t['utt']}" if t["utt"] else "")
        rq = {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
              "body": {"mode": "raw", "raw": json.dumps(p["req"], ensure_ascii=False, indent=2), "options": {"raw": {"language": "json"}}},
              "url": {"raw": url, "protocol": "https", "host": url.split("/")[2].split("."), "path": url.split("/")[3:]}}
        items.append({"name": nm, "request": rq, "response": [{"name": nm + " (saved)", "originalRequest": rq, "status": "OK", "code": 200,
                                                                "_postman_previewlanguage": "json", "header": [{"key": "Content-Type", "value": "application/json"}],
                                                                "cookie": [], "body": json.dumps(p["resp"], ensure_ascii=False, indent=4)}]})
    write(os.path.join(d, rel), {"info": {"_postman_id": uuid(c["id"], "pm"), "name": c["name"] + " - skill endpoint",
                                          "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}, "item": items})


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def r_junit(d, c, rel, sessions, tag):
    ps = _p(c, sessions, tag)
    s = f'<?xml version="1.0" encoding="utf-8"?>\n<testsuites><testsuite name="pytest" errors="0" failures="0" skipped="0" tests="{len(ps)}" time="{len(ps)*0.21:.3f}" timestamp="{ps[0]["iso"][:-1]}" hostname="ci-runner-{h(c["id"],n=4)}">\n'
    for i, p in enumerate(ps):
        t = p["turn"]
        s += f'  <testcase classname="tests.test_conversation" name="test_{i+1:02d}_{t["intent"].replace(".","_").lower()}" time="0.{200+i}">\n'
        s += "    <system-out>" + xesc(f"REQUEST {jl(p['req'])}\nRESPONSE {jl(p['resp'])}\n") + "</system-out>\n  </testcase>\n"
    s += "</testsuite></testsuites>\n"
    write(os.path.join(d, rel), s)


def r_sam_local(d, c, rel, sessions, tag):
    for i, p in enumerate(_p(c, sessions, tag)):
        nm = f"{i+1:02d}-{p['turn']['intent'].split('.')[-1].lower()}"
        write(os.path.join(d, rel, "events", nm + ".json"), p["req"])
        rid = uuid(c["id"], tag, "sam", i)
        txt = (f"$ sam local invoke SkillFunction -e events/{nm}.json\n"
               f"Invoking index.handler ({c.get('runtime','nodejs18.x')})\n"
               f"Local image is up-to-date\nUsing local image: public.ecr.aws/lambda/nodejs:18-rapid-x86_64.\n\n"
               f"Mounting /home/dev/{c['id'][7:]}/.aws-sam/build/SkillFunction as /var/task:ro,delegated, inside runtime container\n"
               f"START RequestId: {rid} Version: $LATEST\n"
               f"END RequestId: {rid}\n"
               f"REPORT RequestId: {rid}\tInit Duration: 0.41 ms\tDuration: 311.{i:02d} ms\tBilled Duration: 312 ms\tMemory Size: 128 MB\tMax Memory Used: 128 MB\n"
               f"{jl(p['resp'])}\n")
        write(os.path.join(d, rel, "output", nm + ".log"), txt)


def r_analytics_csv(d, c, rel, sessions, tag):
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["timestamp", "conversation_id", "platform", "locale", "direction", "intent", "text", "reprompt", "end_session"])
    for p in _p(c, sessions, tag):
        t = p["turn"]
        w.writerow([p["iso"], p["sid"], "alexa", c["loc"], "incoming", t["intent"], t["utt"], "", ""])
        if t["intent"] == "SessionEndedRequest":
            continue
        w.writerow([p["iso"], p["sid"], "alexa", c["loc"], "outgoing", t["intent"], t["speech"] or "", t["rep"] if t["rep"] is not None else "", "true" if t["end"] else "false"])
    write(os.path.join(d, rel), buf.getvalue())


def r_curl_trace(d, c, rel, sessions, tag):
    url = c.get("har_url", f"https://localhost:3000/alexa/{c['id'][7:]}")
    host = url.split("/")[2]
    s = ""
    for i, p in enumerate(_p(c, sessions, tag)):
        nm = f"req{i+1:02d}.json"
        b = jl(p["req"]); rb = jl(p["resp"])
        s += (f"$ curl -v -X POST {url} -H 'Content-Type: application/json' -d @{nm}\n"
              f"*   Trying 127.0.0.1:3000...\n* Connected to {host} (127.0.0.1) port 3000 (#0)\n"
              f"> POST /{'/'.join(url.split('/')[3:])} HTTP/1.1\n> Host: {host}\n> User-Agent: curl/8.4.0\n> Accept: */*\n"
              f"> Content-Type: application/json\n> Content-Length: {len(b.encode())}\n>\n{b}\n"
              f"< HTTP/1.1 200 OK\n< Content-Type: application/json; charset=utf-8\n< Content-Length: {len(rb.encode())}\n<\n{rb}\n"
              f"* Connection #0 to host {host} left intact\n\n")
    write(os.path.join(d, rel), s)


# ------------------------------------------------------------------ Google renderers
def g_turns(c, sessions):
    k = 0
    for si, sess in enumerate(sessions):
        for ti, t in enumerate(sess):
            k += 1
            yield si, ti, t, 1736000000 + k * 41 + si * 900


def r_gactions_conv(d, c, rel, sessions, tag):
    out = []
    for si, ti, t, ts in g_turns(c, sessions):
        conv = f"ABwppHF{h(c['id'], tag, si, n=20)}"
        if t["intent"] == "LaunchRequest":
            inp = {"intent": "actions.intent.MAIN", "rawInputs": [{"inputType": "VOICE", "query": t["utt"] or f"talk to {c['inv']}"}]}
        elif t["intent"] == "actions.intent.PERMISSION":
            inp = {"intent": t["intent"], "rawInputs": [{"inputType": "VOICE", "query": t["utt"]}],
                   "arguments": [{"name": "PERMISSION", "boolValue": True, "textValue": "true"}]}
        else:
            inp = {"intent": t["intent"], "rawInputs": [{"inputType": "VOICE", "query": t["utt"]}],
                   "arguments": [{"name": "text", "rawText": t["utt"], "textValue": t["utt"]}] + [{"name": k, "rawText": v, "textValue": v} for k, v in t["slots"].items()]}
        req = {"user": {"userId": f"ABwppHE{h(c['id'], 'u', n=24)}", "locale": c["loc"], "lastSeen": "2025-01-04T10:11:12Z", "userVerificationStatus": "VERIFIED"},
               "conversation": {"conversationId": conv, "type": "NEW" if ti == 0 else "ACTIVE", **({"conversationToken": "[]"} if ti else {})},
               "inputs": [inp], "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
               "isInSandbox": True, "availableSurfaces": []}
        items = [{"simpleResponse": {"textToSpeech": t["speech"]}}]
        if t["end"]:
            resp = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": items}}}
        else:
            ei = {"inputPrompt": {"richInitialPrompt": {"items": items}}, "possibleIntents": [{"intent": "actions.intent.TEXT"}]}
            if t["rep"] is not None:
                ei["inputPrompt"]["noInputPrompts"] = [{"textToSpeech": t["rep"]}]
            if t.get("perm"):
                ei["possibleIntents"] = [{"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": t["perm"][0], "permissions": t["perm"][1]}}]
            resp = {"expectUserResponse": True, "expectedInputs": [ei], "conversationToken": "[]"}
        out.append({"request": req, "response": resp})
    write(os.path.join(d, rel), "".join(jl(o) + "\n" for o in out) if rel.endswith(".jsonl") else out)


def r_df_webhook(d, c, rel, sessions, tag):
    lang = c.get("df_lang", c["loc"].split("-")[0])
    proj = c.get("gproj", "proj-" + h(c["id"], n=6))
    for si, ti, t, ts in g_turns(c, sessions):
        sid = f"projects/{proj}/agent/sessions/ABwppHG{h(c['id'], tag, si, n=22)}"
        dn = "Default Welcome Intent" if t["intent"] == "LaunchRequest" else t["intent"]
        req = {"responseId": uuid(c["id"], tag, si, ti), "session": sid,
               "queryResult": {"queryText": t["utt"] or "GOOGLE_ASSISTANT_WELCOME", "parameters": t["slots"], "allRequiredParamsPresent": True,
                               "intent": {"name": f"projects/{proj}/agent/intents/{uuid(c['id'], dn)}", "displayName": dn},
                               "intentDetectionConfidence": 1, "languageCode": lang},
               "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
                   "user": {"locale": c["loc"], "userVerificationStatus": "VERIFIED"},
                   "conversation": {"conversationId": sid.split("/")[-1], "type": "NEW" if ti == 0 else "ACTIVE"},
                   "inputs": [{"intent": "actions.intent.MAIN" if ti == 0 else "actions.intent.TEXT", "rawInputs": [{"inputType": "VOICE", "query": t["utt"]}]}],
                   "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}}}}
        g = {"expectUserResponse": not t["end"], "richResponse": {"items": [{"simpleResponse": {"textToSpeech": t["speech"]}}]}}
        if t["rep"] is not None:
            g["noInputPrompts"] = [{"textToSpeech": t["rep"]}]
        if t.get("perm"):
            g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": t["perm"][0], "permissions": t["perm"][1]}}
        resp = {"payload": {"google": g}, "fulfillmentText": strip_ssml(t["speech"])}
        write(os.path.join(d, rel, f"{si+1}-{ti+1:02d}.json"), {"request": req, "response": resp})


def r_gscene(d, c, rel, sessions, tag):
    out = []
    for si, ti, t, ts in g_turns(c, sessions):
        sid = f"ABwppHH{h(c['id'], tag, si, n=24)}"
        nm = "actions.intent.MAIN" if t["intent"] == "LaunchRequest" else t["intent"]
        scene = t.get("scene", "Main")
        req = {"handler": {"name": t.get("handler", "main" if ti == 0 else "handle_" + nm.lower())},
               "intent": {"name": nm, "params": {k: {"original": v, "resolved": v} for k, v in t["slots"].items()}, "query": t["utt"]},
               "scene": {"name": scene, "slotFillingStatus": "UNSPECIFIED", "slots": {}},
               "session": {"id": sid, "params": {}, "typeOverrides": [], "languageCode": ""},
               "user": {"locale": c["loc"], "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED", "verificationStatus": "VERIFIED", "packageEntitlements": [], "lastSeenTime": "2025-01-05T08:00:00Z"},
               "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"]}}
        resp = {"session": {"id": sid, "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": t["speech"], "text": strip_ssml(t["speech"])}}}
        if t["rep"] is not None:
            resp["prompt"]["lastSimple"] = {"speech": t["rep"], "text": strip_ssml(t["rep"])}
        resp["scene"] = {"name": scene, "slots": {}, "next": {"name": "actions.scene.END_CONVERSATION" if t["end"] else t.get("next", scene)}}
        out.append({"request": req, "response": resp})
    write(os.path.join(d, rel), out)


RENDER = {"envelope": r_envelope, "pairs-jsonl": r_pairs_jsonl, "pairs-array": r_pairs_array, "smapi-simulation": r_smapi_sim,
          "smapi-invocation": r_smapi_invoke, "ask-dialog": r_ask_dialog, "ask-dialog-text": r_ask_dialog_text,
          "cloudwatch-text": r_cw_text, "cloudwatch-text-py": r_cw_text_py, "cloudwatch-json": r_cw_json, "har": r_har,
          "transcript": r_transcript, "jest-snapshot": r_jest_snapshot, "bespoken-yaml": r_bespoken_yaml,
          "postman-collection": r_postman, "junit-xml": r_junit, "sam-local-invoke": r_sam_local,
          "analytics-csv": r_analytics_csv, "curl-trace": r_curl_trace,
          "gactions-conversation": r_gactions_conv, "dialogflow-webhook": r_df_webhook, "gactions-scene": r_gscene}
SHAPE_NAME = {"ask-dialog-text": "ask-dialog", "cloudwatch-text-py": "cloudwatch-text"}


# ------------------------------------------------------------------ Google projects
def yaml_list(xs, ind):
    return "".join(f"{' '*ind}- {yq(x)}\n" for x in xs)


def g_builder(d, c):
    loc = c["loc"]
    lang = loc.split("-")[0] if loc != "pt-BR" else "pt-BR"
    s = (f"projectId: {c.get('gproj', 'proj-' + h(c['id'], n=6))}\ndefaultLocale: {lang}\nlocalizedSettings:\n"
         f"  displayName: {yq(c['name'])}\n  pronunciation: {yq(c['inv'])}\n  fullDescription: {yq(c['desc'])}\n"
         f"  shortDescription: {yq(c.get('summary', c['desc'][:80]))}\n  developerName: {yq(c.get('dev', 'Studio ' + h(c['id'], n=4)))}\n"
         f"  developerEmail: dev-{h(c['id'], n=5)}@mail.example.net\n")
    if c.get("privacy"):
        s += f"  privacyPolicyUrl: {c['privacy']}\n"
    talk = {"ja": "{}につないで", "it": "Parla con {}", "pt-BR": "Falar com {}"}.get(lang, "Talk to {}")
    s += f"  sampleInvocations:\n{yaml_list(c.get('examples') or [talk.format(c['inv'])], 4)}"
    s += f"category: {c.get('gcategory', 'TRAVEL_AND_TRANSPORTATION')}\nusesTransactionsApi: false\nusesDigitalPurchaseApi: false\nusesInteractiveCanvas: false\ndesignedForFamily: {'true' if c.get('child') else 'false'}\ncontainsAlcoholOrTobaccoContent: false\nkeepsMicOpen: {'true' if c.get('keeps_mic') else 'false'}\n"
    write(os.path.join(d, "sdk", "settings", "settings.yaml"), s)
    write(os.path.join(d, "sdk", "actions", "actions.yaml"), "actions:\n  actions.intent.MAIN:\n    handler:\n      webhookHandler: main\n")
    write(os.path.join(d, "sdk", "webhooks", "ActionsOnGoogleFulfillment.yaml"), "handlers:\n- name: main\ninlineCloudFunction:\n  executeFunction: ActionsOnGoogleFulfillment\n")
    write(os.path.join(d, "sdk", "custom", "global", "actions.intent.MAIN.yaml"), "handler:\n  webhookHandler: main\ntransitionToScene: Main\n")
    for name, phrases, params in c.get("gintents", []):
        y = ""
        if params:
            y += "parameters:\n" + "".join(f"- name: {k}\n  type:\n    name: {v}\n" for k, v in params.items())
        samp = {"actions.type.FreeText": "anything", "actions.type.Number": "42"}
        import re as _re
        phrases = [_re.sub(r"\$(\w+)", lambda m: f"(${m.group(1)} '{samp.get(params.get(m.group(1)), 'x')}' auto=true)", p) for p in phrases]
        y += "trainingPhrases:\n" + yaml_list(phrases, 0)
        write(os.path.join(d, "sdk", "custom", "intents", f"{name}.yaml"), y)
    for name, vals in c.get("gtypes", []):
        y = "synonym:\n  entities:\n" + "".join(f"    {yq(v)}:\n      synonyms:\n      - {yq(v)}\n" for v in vals) + "  matchType: EXACT_MATCH\n"
        write(os.path.join(d, "sdk", "custom", "types", f"{name}.yaml"), y)
    for name, text in c.get("gscenes", {}).items():
        write(os.path.join(d, "sdk", "custom", "scenes", f"{name}.yaml"), text)
    for rel, text in (c.get("files") or {}).items():
        write(os.path.join(d, rel), text)


def g_sdk2(d, c):
    acts = [{"description": "Default Welcome Intent", "name": "MAIN", "fulfillment": {"conversationName": c["id"][7:]},
             "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": c.get("examples") or [f"talk to {c['inv']}"]}}}]
    for name, phrases, params in c.get("gintents", []):
        acts.append({"description": name, "name": name, "fulfillment": {"conversationName": c["id"][7:]},
                     "intent": {"name": name, "parameters": [{"name": k, "type": v} for k, v in params.items()], "trigger": {"queryPatterns": phrases}}})
    a = {"actions": acts, "conversations": {c["id"][7:]: {"name": c["id"][7:], "url": f"https://us-central1-{c.get('gproj','proj-'+h(c['id'],n=6))}.cloudfunctions.net/fulfillment", "fulfillmentApiVersion": 2}},
         "locale": c["loc"], "manifest": {"displayName": c["name"], "invocationName": c["inv"], "shortDescription": c.get("summary", c["desc"][:80]), "longDescription": c["desc"],
                                          "category": c.get("gcategory", "TRAVEL_AND_TRANSPORTATION"), "companyName": c.get("dev", "Studio " + h(c['id'], n=4)),
                                          "contactEmail": f"dev-{h(c['id'], n=5)}@mail.example.net", "termsOfServiceUrl": ""}}
    if c.get("privacy"):
        a["manifest"]["privacyUrl"] = c["privacy"]
    write(os.path.join(d, "action.json"), a)
    for rel, text in (c.get("files") or {}).items():
        write(os.path.join(d, rel), text)


def g_dialogflow(d, c):
    lang = c.get("df_lang", c["loc"].split("-")[0])
    ag = {"description": c["desc"], "language": lang, "shortDescription": c.get("summary", ""), "examples": "", "linkToDocs": "",
          "displayName": c["name"], "disableInteractionLogs": False, "disableStackdriverLogs": True,
          "googleAssistant": {"googleAssistantCompatible": True, "project": c.get("gproj", "proj-" + h(c["id"], n=6)), "welcomeIntentSignInRequired": False,
                              "startIntents": [], "systemIntents": [], "endIntentIds": [], "oAuthLinking": {"required": False, "grantType": "AUTH_CODE_GRANT"},
                              "voiceType": "MALE_1", "capabilities": [], "env": "", "protocolVersion": "V2", "autoPreviewEnabled": False, "isDeviceAgent": False},
          "defaultTimezone": {"it": "Europe/Rome", "ja": "Asia/Tokyo", "pt-br": "America/Sao_Paulo"}.get(lang, "America/New_York"),
          "webhook": {"url": f"https://europe-west1-{c.get('gproj','proj')}.cloudfunctions.net/dialogflowFirebaseFulfillment", "username": "", "headers": {}, "available": True, "useForDomains": False, "cloudFunctionsEnabled": False, "cloudFunctionsInitialized": False},
          "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformApi": True, "onePlatformApiVersion": "v2beta1",
          "analyzeQueryTextSentiment": False, "enabledKnowledgeBaseNames": [], "knowledgeServiceConfidenceAdjustment": 0.0, "dialogBuilderMode": False, "baseActionPackagesUrl": ""}
    if c.get("privacy"):
        ag["googleAssistant"]["privacyPolicyUrl"] = c["privacy"]
    write(os.path.join(d, "agent.json"), ag)
    write(os.path.join(d, "package.json"), {"version": "1.0.0"})
    intents = [("Default Welcome Intent", [], {}, c.get("welcome", []))] + [(n, p, pa, []) for n, p, pa in c.get("gintents", [])]
    for name, phrases, params, speech in intents:
        iid = uuid(c["id"], name)
        write(os.path.join(d, "intents", f"{name}.json"), {"id": iid, "name": name, "auto": True, "contexts": [], "responses": [{
            "resetContexts": False, "action": name.lower().replace(" ", "."), "affectedContexts": [],
            "parameters": [{"id": uuid(iid, k), "name": k, "required": False, "dataType": v, "value": "$" + k, "defaultValue": "", "isList": False, "prompts": [], "promptMessages": [], "noMatchPromptMessages": [], "noInputPromptMessages": [], "outputDialogContexts": []} for k, v in params.items()],
            "messages": [{"type": "0", "title": "", "textToSpeech": "", "lang": lang, "speech": speech}] if speech else [], "speech": []}],
            "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": False, "events": [{"name": "WELCOME"}, {"name": "GOOGLE_ASSISTANT_WELCOME"}] if name == "Default Welcome Intent" else [], "conditionalResponses": [], "condition": "", "conditionalFollowupEvents": []})
        us = []
        for ph in phrases:
            data = []
            import re
            for part in re.split(r"(\{[^}]+\})", ph):
                if not part:
                    continue
                if part.startswith("{"):
                    k = part[1:-1]
                    data.append({"text": {"it": "qualcosa", "ja": "なにか", "pt-br": "alguma coisa"}.get(lang, "something"), "alias": k, "meta": params.get(k, "@sys.any"), "userDefined": True})
                else:
                    data.append({"text": part, "userDefined": False})
            us.append({"id": uuid(iid, ph), "data": data, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
        if us:
            write(os.path.join(d, "intents", f"{name}_usersays_{lang}.json"), us)
    for rel, text in (c.get("files") or {}).items():
        write(os.path.join(d, rel), text)


PROJECT = {"alexa": alexa_project, "builder": g_builder, "sdk2": g_sdk2, "dialogflow": g_dialogflow}


def build_all():
    if os.path.isdir(CASES):
        shutil.rmtree(CASES)
    os.makedirs(CASES)
    labels = {}
    ids = set()
    for c in CASE_LIST:
        assert c["id"] not in ids, c["id"]
        ids.add(c["id"])
        d = os.path.join(CASES, c["id"])
        PROJECT[c.get("platform", "alexa")](d, c)
        shapes = []
        for k, rec in enumerate(c["recs"]):
            shape, rel, sessions = rec
            RENDER[shape](d, c, rel, sessions, f"rec{k}")
            sn = SHAPE_NAME.get(shape, shape)
            if sn not in shapes:
                shapes.append(sn)
        labels[c["id"]] = {"categories": sorted(c["cats"]), "locale": c["loc"], "shapes": shapes, "why": c["why"]}
    write(os.path.join(ROOT, "labels.json"), dict(sorted(labels.items())))
    return labels

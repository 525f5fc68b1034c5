"""Turns the hand-written case descriptions (cases_*.py) into project folders and recordings.
Nothing here invents content: every sentence, slot and setting comes from the descriptions."""
import hashlib, json, os, re, uuid
from datetime import datetime, timedelta, timezone
from xml.sax.saxutils import escape as xesc

try:
    import yaml

    def ydump(o):
        return yaml.safe_dump(o, allow_unicode=True, sort_keys=False, width=1000)
except ImportError:  # JSON is valid YAML
    def ydump(o):
        return json.dumps(o, ensure_ascii=False, indent=2) + "\n"


class T:
    """One turn: what the user said, the intent it mapped to, and what the skill answered.
    end: True / False / None (None = shouldEndSession absent)."""

    def __init__(self, utt, intent, say, rep=None, end="auto", slots=None, card=None, plain=False,
                 perm=None, perm_ctx=None, scene=None, nxt=None, handler=None, display=None, consent=None):
        self.utt, self.intent, self.say, self.rep = utt, intent, say, rep
        self.end = (rep is None) if end == "auto" else end
        self.slots = slots or {}
        self.card, self.plain, self.perm, self.perm_ctx = card, plain, perm, perm_ctx
        self.scene, self.nxt, self.handler, self.display, self.consent = scene, nxt, handler, display, consent


class Rec:
    def __init__(self, shape, path, sessions, variant=None, start="2024-04-02T18:00:00", label=None):
        self.shape, self.path, self.sessions, self.variant = shape, path, sessions, variant
        self.start, self.label = start, label


class Case:
    def __init__(self, cid, loc, cats, why, name, inv, desc, recs, platform="alexa", intents=(), types=(),
                 policy=True, child=False, perms=(), category="GAMES", examples=None, summary=None,
                 extra_files=None, extra_locales=(), gproject=None, purchases=False):
        self.__dict__.update(locals())
        del self.__dict__["self"]


# ---------------------------------------------------------------- ids
def h(*parts):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()


def fake_uuid(*parts):
    return str(uuid.UUID(h(*parts)[:32]))


def ts_iter(start):
    t = datetime.fromisoformat(start).replace(tzinfo=timezone.utc)
    while True:
        yield t
        t += timedelta(seconds=7 + int(h(t)[:2], 16) % 19)


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def wr(root, rel, text):
    p = os.path.join(root, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8") as f:
        f.write(text)


def js(o, indent=2):
    return json.dumps(o, ensure_ascii=False, indent=indent)


# ---------------------------------------------------------------- Alexa envelopes
def ssml(s):
    return s if s.startswith("<speak>") else f"<speak>{s}</speak>"


def speech_obj(s, plain):
    return {"type": "PlainText", "text": s} if plain else {"type": "SSML", "ssml": ssml(s)}


def alexa_response(t):
    r = {}
    if t.say is not None:
        r["outputSpeech"] = speech_obj(t.say, t.plain)
    if t.card:
        r["card"] = {"type": "Simple", "title": t.card[0], "content": t.card[1]}
    if t.consent:
        r["card"] = {"type": "AskForPermissionsConsent", "permissions": list(t.consent)}
    if t.display:
        r["directives"] = [{"type": "Alexa.Presentation.APL.RenderDocument", "token": "scene",
                            "document": {"type": "APL", "version": "1.8", "mainTemplate": {"items": [
                                {"type": "Text", "text": t.display}]}}}]
    if t.rep is not None:
        r["reprompt"] = {"outputSpeech": speech_obj(t.rep, t.plain)}
    if t.end is not None:
        r["shouldEndSession"] = t.end
    return {"version": "1.0", "sessionAttributes": {}, "userAgent": "ask-node/2.14.0 Node/v18.18.2", "response": r}


def alexa_request(c, sid, new, t, when, n):
    app = "amzn1.ask.skill." + fake_uuid(c.cid, "app")
    user = "amzn1.ask.account." + h(c.cid, "user")[:40].upper()
    dev = "amzn1.ask.device." + h(c.cid, "dev")[:40].upper()
    req = {"requestId": "amzn1.echo-api.request." + fake_uuid(c.cid, sid, n), "locale": c.loc, "timestamp": iso(when)}
    if t.intent in ("LaunchRequest",):
        req["type"] = "LaunchRequest"
    elif t.intent == "SessionEndedRequest":
        req.update(type="SessionEndedRequest", reason="USER_INITIATED")
    else:
        req["type"] = "IntentRequest"
        req["intent"] = {"name": t.intent, "confirmationStatus": "NONE",
                         "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE", "source": "USER"}
                                   for k, v in t.slots.items()}}
        if not t.slots:
            del req["intent"]["slots"]
    return {"version": "1.0",
            "session": {"new": new, "sessionId": sid, "application": {"applicationId": app},
                        "user": {"userId": user}, "attributes": {}},
            "context": {"System": {"application": {"applicationId": app}, "user": {"userId": user},
                                   "device": {"deviceId": dev, "supportedInterfaces": {}},
                                   "apiEndpoint": "https://api.eu.amazonalexa.com" if c.loc[:2] in "de fr it es" else "https://api.amazonalexa.com",
                                   "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}},
            "request": req}


def endpoint(c):
    return f"arn:aws:lambda:{'eu-west-1' if c.loc[:2] in ('de', 'fr', 'it', 'es') else 'us-east-1'}:4471029388{sum(map(ord, c.cid)) % 100:02d}:function:{c.cid[4:]}"


def flatten(c, rec):
    """Yield (session_id, new, turn, when, n, request, response) over all sessions of a recording."""
    clock = ts_iter(rec.start)
    n = 0
    out = []
    for si, sess in enumerate(rec.sessions):
        sid = "amzn1.echo-api.session." + fake_uuid(c.cid, rec.path, si)
        for ti, t in enumerate(sess):
            when = next(clock)
            n += 1
            out.append((sid, ti == 0, t, when, n, alexa_request(c, sid, ti == 0, t, when, n), alexa_response(t)))
        for _ in range(5):
            next(clock)
    return out


def caption(t):
    import re
    return re.sub(r"<[^>]+>", "", t.say or "").strip()


def sim_result(c, rid, req, resp, t, with_metrics=True):
    inv = {"invocationRequest": {"endpoint": endpoint(c), "body": req}, "invocationResponse": {"body": resp}}
    if with_metrics:
        inv["metrics"] = {"skillExecutionTimeInMilliseconds": 40 + int(rid[:2], 16)}
    return inv


# ---------------------------------------------------------------- shape writers (Alexa)
def w_envelope(c, rec, root):
    for sid, new, t, when, n, req, resp in flatten(c, rec):
        name = t.intent.replace("AMAZON.", "").replace("Request", "")
        wr(root, f"{rec.path}/{n:02d}-{name}.json", js(resp))


def w_pairs_jsonl(c, rec, root):
    lines = [json.dumps({"request": req, "response": resp}, ensure_ascii=False) for *_, req, resp in flatten(c, rec)]
    wr(root, rec.path, "\n".join(lines) + "\n")


def w_pairs_array(c, rec, root):
    wr(root, rec.path, js([{"request": req, "response": resp} for *_, req, resp in flatten(c, rec)]))


def w_smapi_sim(c, rec, root):
    for sid, new, t, when, n, req, resp in flatten(c, rec):
        rid = fake_uuid(c.cid, "sim", rec.path, n)
        body = {"id": rid, "status": "SUCCESSFUL", "result": {
            "alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": caption(t)}}],
                                   "consideredIntents": [{"name": t.intent, "confirmationStatus": "NONE"}]},
            "skillExecutionInfo": {"invocations": [sim_result(c, rid, req, resp, t)]}}}
        wr(root, f"{rec.path}/simulation-{n:02d}.json", js(body))


def w_smapi_inv(c, rec, root):
    for sid, new, t, when, n, req, resp in flatten(c, rec):
        rid = fake_uuid(c.cid, "inv", rec.path, n)
        body = {"id": rid, "status": "SUCCESSFUL", "result": {"skillExecutionInfo": {
            "invocationRequest": {"endpoint": endpoint(c), "body": req},
            "invocationResponse": {"body": resp}, "metrics": {"skillExecutionTimeInMilliseconds": 55}}}}
        wr(root, f"{rec.path}/invoke-{n:02d}-{t.intent.replace('AMAZON.', '')}.json", js(body))


def w_ask_dialog(c, rec, root):
    rows = flatten(c, rec)
    replay = {"skillId": "amzn1.ask.skill." + fake_uuid(c.cid, "app"), "locale": c.loc, "type": "text",
              "userInput": [t.utt for _, _, t, *_ in rows], "storageInterface": "JSON"}
    wr(root, f"{rec.path}/replay.json", js(replay))
    if rec.variant == "text":
        txt = []
        for _, _, t, *_ in rows:
            txt.append(f"User  > {t.utt}")
            txt.append(f"Alexa > {caption(t)}")
            if t.rep is not None:
                txt.append(f"        (reprompt) {T(None, '', t.rep).say if False else __import__('re').sub(r'<[^>]+>', '', t.rep)}")
            txt.append(f"        [session {'ended' if t.end else 'open'}]")
        wr(root, f"{rec.path}/dialog-record.txt", "\n".join(txt) + "\n")
    else:
        out = [{"utterance": t.utt, "invocations": [{"invocationRequest": {"endpoint": endpoint(c), "body": req},
                                                    "invocationResponse": {"body": resp}}]}
               for _, _, t, _, _, req, resp in rows]
        wr(root, f"{rec.path}/skill-io.json", js(out))


def w_cw_text(c, rec, root):
    lines = []
    py = rec.variant == "python"
    kw = {"alt": ("REQUEST ", "RESPONSE "), "env": ("Request Envelope: ", "Response Envelope: ")}.get(rec.variant, ("Request: ", "Response: "))
    for sid, new, t, when, n, req, resp in flatten(c, rec):
        rid = fake_uuid(c.cid, "cw", rec.path, n)
        stamp = when.strftime("%Y-%m-%dT%H:%M:%S.") + f"{n * 37 % 1000:03d}Z"
        lines.append(f"START RequestId: {rid} Version: $LATEST")
        if py:
            lines.append(f"[INFO]\t{stamp}\t{rid}\t{kw[0]}{json.dumps(req, ensure_ascii=False)}")
            lines.append(f"[INFO]\t{stamp}\t{rid}\t{kw[1]}{json.dumps(resp, ensure_ascii=False)}")
        else:
            lines.append(f"{stamp}\t{rid}\tINFO\t{kw[0]}{json.dumps(req, ensure_ascii=False)}")
            lines.append(f"{stamp}\t{rid}\tINFO\t{kw[1]}{json.dumps(resp, ensure_ascii=False)}")
        lines.append(f"END RequestId: {rid}")
        lines.append(f"REPORT RequestId: {rid}\tDuration: {20 + n * 3}.41 ms\tBilled Duration: {21 + n * 3} ms\tMemory Size: 256 MB\tMax Memory Used: 91 MB")
    wr(root, rec.path, "\n".join(lines) + "\n")


def w_cw_json(c, rec, root):
    ev = []
    for sid, new, t, when, n, req, resp in flatten(c, rec):
        rid = fake_uuid(c.cid, "cwj", rec.path, n)
        ms = int(when.timestamp() * 1000)
        stamp = when.strftime("%Y-%m-%dT%H:%M:%S.") + "120Z"
        for i, (k, o) in enumerate((("Request", req), ("Response", resp))):
            ev.append({"logStreamName": f"{when:%Y/%m/%d}/[$LATEST]{h(c.cid, rec.path)[:32]}", "timestamp": ms + i * 90,
                       "message": f"{stamp}\t{rid}\tINFO\t{k}: {json.dumps(o, ensure_ascii=False)}\n",
                       "ingestionTime": ms + 900, "eventId": str(37000000000000000000000000000000000000000000000000000000 + ms * 10 + i)})
    wr(root, rec.path, js({"events": ev, "searchedLogStreams": []}))


def w_har(c, rec, root):
    entries = []
    for sid, new, t, when, n, req, resp in flatten(c, rec):
        body, rbody = json.dumps(req, ensure_ascii=False), json.dumps(resp, ensure_ascii=False)
        entries.append({"startedDateTime": when.strftime("%Y-%m-%dT%H:%M:%S.000Z"), "time": 180,
                        "request": {"method": "POST", "url": f"https://{c.cid[4:]}.eu.ngrok.io/alexa", "httpVersion": "HTTP/1.1",
                                    "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"},
                                                {"name": "Signature-256", "value": "REDACTED"}],
                                    "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(body.encode()),
                                    "postData": {"mimeType": "application/json; charset=utf-8", "text": body}},
                        "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                                     "headers": [{"name": "Content-Type", "value": "application/json"}], "cookies": [],
                                     "content": {"size": len(rbody.encode()), "mimeType": "application/json", "text": rbody},
                                     "redirectURL": "", "headersSize": -1, "bodySize": len(rbody.encode())},
                        "cache": {}, "timings": {"send": 1, "wait": 170, "receive": 9}})
    wr(root, rec.path, js({"log": {"version": "1.2", "creator": {"name": "Charles Proxy", "version": "4.6.4"},
                                   "pages": [], "entries": entries}}))


def strip(s):
    import re
    return re.sub(r"<[^>]+>", "", s or "")


def w_transcript(c, rec, root):
    out = [f"# QA transcript - {c.name} ({c.loc}) - device: Echo Show 8 - tester: qa-3"]
    for sid, new, t, when, n, req, resp in flatten(c, rec):
        if new:
            out.append(f"--- session {sid[-12:]} ---")
        out.append(f"[{when:%H:%M:%S}] USER: {t.utt}")
        out.append(f"[{when:%H:%M:%S}] SKILL: {strip(t.say)}")
        if t.rep is not None:
            out.append(f"[{when:%H:%M:%S}] SKILL (reprompt): {strip(t.rep)!r}")
        out.append(f"[{when:%H:%M:%S}] session_open={'false' if t.end else 'true'}")
    wr(root, rec.path, "\n".join(out) + "\n")


# -------- new shapes
def w_statedump(c, rec, root):
    """Game engine state-machine dump, one YAML (or JSON) file per scene visit."""
    for sid, new, t, when, n, req, resp in flatten(c, rec):
        r = resp["response"]
        d = {"engine": "voxtale-runtime 3.2.1", "dumpedAt": iso(when), "scene": t.scene or t.intent, "visit": n,
             "session": {"id": sid, "new": new},
             "input": {"utterance": t.utt, "intent": t.intent, "slots": t.slots},
             "output": {"speech": r.get("outputSpeech", {}).get("ssml") or r.get("outputSpeech", {}).get("text"),
                        "reprompt": (r.get("reprompt") or {}).get("outputSpeech", {}).get("ssml"),
                        "card": r.get("card"), "shouldEndSession": r.get("shouldEndSession")},
             "transitions": t.nxt or []}
        if rec.variant == "json":
            wr(root, f"{rec.path}/{n:02d}_{d['scene']}.json", js(d))
        else:
            wr(root, f"{rec.path}/{n:02d}_{d['scene']}.yaml", ydump(d))


def w_playtest(c, rec, root):
    out = [f"# playtest session log  build={rec.variant or '0.9.4-rc2'}  skill=\"{c.name}\"  locale={c.loc}",
           "# columns: timestamp | channel | event"]
    for sid, new, t, when, n, req, resp in flatten(c, rec):
        ms = f"{when:%Y-%m-%d %H:%M:%S}.{(n * 131) % 1000:03d}"
        if new:
            out.append(f"{ms} | SESSION | start {sid}")
        out.append(f"{ms} | PLAYER  | \"{t.utt}\"  -> {t.intent} {json.dumps(t.slots, ensure_ascii=False) if t.slots else ''}".rstrip())
        r = resp["response"]
        out.append(f"{ms} | SKILL   | speech: {json.dumps(r.get('outputSpeech', {}).get('ssml') or r.get('outputSpeech', {}).get('text'), ensure_ascii=False)}")
        if "reprompt" in r:
            out.append(f"{ms} | SKILL   | reprompt: {json.dumps(r['reprompt']['outputSpeech'].get('ssml') or r['reprompt']['outputSpeech'].get('text'), ensure_ascii=False)}")
        if "card" in r:
            out.append(f"{ms} | SKILL   | card: {json.dumps(r['card'], ensure_ascii=False)}")
        out.append(f"{ms} | DEVICE  | shouldEndSession={json.dumps(r.get('shouldEndSession'))} mic={'closed' if t.end else 'listening'}")
    wr(root, rec.path, "\n".join(out) + "\n")


def pf(o, ind=0):
    """pretty-format (Jest 29 snapshot style)."""
    sp = "  " * ind
    if isinstance(o, dict):
        if not o:
            return "{}"
        return "{\n" + "".join(f"{sp}  {json.dumps(k, ensure_ascii=False)}: {pf(v, ind + 1)},\n" for k, v in o.items()) + sp + "}"
    if isinstance(o, list):
        if not o:
            return "[]"
        return "[\n" + "".join(f"{sp}  {pf(v, ind + 1)},\n" for v in o) + sp + "]"
    return json.dumps(o, ensure_ascii=False)


def w_jest(c, rec, root):
    parts = ["// Jest Snapshot v1, https://goo.gl/fbAQLP\n"]
    for sid, new, t, when, n, req, resp in flatten(c, rec):
        title = f"{c.name} flow › turn {n:02d} {t.intent} ({t.utt}) 1"
        body = pf(resp).replace("\\", "\\\\").replace("`", "\\`").replace("${", "\\${")
        parts.append(f"exports[`{title}`] = `\n{body}\n`;\n")
    wr(root, rec.path, "\n".join(parts))


def w_junit(c, rec, root):
    cases = []
    rows = flatten(c, rec)
    for sid, new, t, when, n, req, resp in rows:
        out = f"REQUEST {json.dumps(req, ensure_ascii=False)}\nRESPONSE {json.dumps(resp, ensure_ascii=False)}\n"
        cases.append(f'    <testcase classname="tests.test_conversation" name="test_turn_{n:02d}_{t.intent.replace(".", "_")}" time="0.0{n + 10}">\n'
                     f'      <system-out>{xesc(out)}</system-out>\n    </testcase>')
    x = ('<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n'
         f'  <testsuite name="pytest" errors="0" failures="0" skipped="0" tests="{len(rows)}" time="1.204" timestamp="{rec.start}" hostname="ci-runner-7">\n'
         + "\n".join(cases) + "\n  </testsuite>\n</testsuites>\n")
    wr(root, rec.path, x)


def w_mitm(c, rec, root):
    out = []
    for sid, new, t, when, n, req, resp in flatten(c, rec):
        b = js(req)
        rb = js(resp)
        out.append(f"[{when:%H:%M:%S.%f}"[:-3] + f"][127.0.0.1:{53100 + n}] client connect")
        out.append(f"127.0.0.1:{53100 + n}: POST https://{c.cid[4:]}.loca.lt/api/skill HTTP/1.1\n"
                   f"    Host: {c.cid[4:]}.loca.lt\n    Content-Type: application/json; charset=utf-8\n"
                   f"    Signature-256: REDACTED\n    SignatureCertChainUrl: https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem\n"
                   f"    Content-Length: {len(b.encode())}\n\n{b}\n\n"
                   f" << 200 OK {len(rb.encode())}b\n    Content-Type: application/json; charset=utf-8\n\n{rb}\n")
    wr(root, rec.path, "\n".join(out))


def w_ipynb(c, rec, root):
    cells = [{"cell_type": "markdown", "metadata": {}, "source": [f"# Replaying {c.name} against the dev endpoint\n",
                                                                    "Requests are built from `fixtures/`, responses printed below."]},
             {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
              "source": ["import json, requests\n", f"ENDPOINT = 'http://localhost:3000/{c.cid[4:]}'\n",
                         "def send(envelope):\n", "    r = requests.post(ENDPOINT, json=envelope)\n",
                         "    print(json.dumps(r.json(), indent=1, ensure_ascii=False))\n", "    return r.json()"]}]
    k = 2
    for sid, new, t, when, n, req, resp in flatten(c, rec):
        cells.append({"cell_type": "code", "execution_count": k, "metadata": {},
                      "source": [f"# user: {t.utt}\n", f"req = {json.dumps(req, ensure_ascii=False)}\n", "resp = send(req)"],
                      "outputs": [{"name": "stdout", "output_type": "stream",
                                   "text": [l + "\n" for l in json.dumps(resp, indent=1, ensure_ascii=False).splitlines()]}]})
        k += 1
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                       "language_info": {"name": "python", "version": "3.11.4"}},
          "nbformat": 4, "nbformat_minor": 5}
    wr(root, rec.path, js(nb, 1))


# ---------------------------------------------------------------- Google recordings
def g_flat(c, rec):
    clock = ts_iter(rec.start)
    out, n = [], 0
    for si, sess in enumerate(rec.sessions):
        sid = h(c.cid, rec.path, si)[:24].upper()
        for ti, t in enumerate(sess):
            n += 1
            out.append((sid, ti == 0, t, next(clock), n))
    return out


def w_gconv(c, rec, root):
    rows = []
    for sid, new, t, when, n in g_flat(c, rec):
        req = {"user": {"locale": c.loc, "lastSeen": iso(when - timedelta(days=2)), "userVerificationStatus": "VERIFIED"},
               "conversation": {"conversationId": sid, "type": "NEW" if new else "ACTIVE"},
               "inputs": [{"intent": t.intent, "rawInputs": [{"inputType": "VOICE", "query": t.utt}],
                           "arguments": [{"name": k, "rawText": v, "textValue": v} for k, v in t.slots.items()]}],
               "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]},
               "availableSurfaces": []}
        if not t.end:
            items = [{"simpleResponse": {"textToSpeech": ssml(t.say)}}]
            ei = {"inputPrompt": {"richInitialPrompt": {"items": items}}}
            if t.rep is not None:
                ei["inputPrompt"]["noInputPrompts"] = [{"textToSpeech": ssml(r)} for r in (t.rep if isinstance(t.rep, list) else [t.rep])]
            if t.perm:
                ei["possibleIntents"] = [{"intent": "actions.intent.PERMISSION", "inputValueData": {
                    "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                    "optContext": t.perm_ctx, "permissions": t.perm}}]
            else:
                ei["possibleIntents"] = [{"intent": "actions.intent.TEXT"}]
            resp = {"expectUserResponse": True, "expectedInputs": [ei]}
        else:
            resp = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": [{"simpleResponse": {"textToSpeech": ssml(t.say)}}]}}}
        rows.append({"timestamp": iso(when), "request": req, "response": resp})
    wr(root, rec.path, js(rows) if rec.path.endswith(".json") else "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n")


def w_dialogflow(c, rec, root):
    proj = c.gproject or c.cid[4:]
    for sid, new, t, when, n in g_flat(c, rec):
        req = {"responseId": fake_uuid(c.cid, "df", n), "session": f"projects/{proj}/agent/sessions/{sid}",
               "queryResult": {"queryText": t.utt, "parameters": t.slots, "allRequiredParamsPresent": True,
                               "intent": {"name": f"projects/{proj}/agent/intents/{fake_uuid(c.cid, t.intent)}", "displayName": t.intent},
                               "intentDetectionConfidence": 0.92, "languageCode": c.loc.lower()},
               "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
                   "user": {"locale": c.loc}, "conversation": {"conversationId": sid, "type": "NEW" if new else "ACTIVE"},
                   "inputs": [{"intent": "actions.intent.MAIN" if new else "actions.intent.TEXT",
                               "rawInputs": [{"inputType": "VOICE", "query": t.utt}]}]}}}
        g = {"expectUserResponse": not t.end, "richResponse": {"items": [{"simpleResponse": {"textToSpeech": ssml(t.say)}}]}}
        if t.card:
            g["richResponse"]["items"].append({"basicCard": {"title": t.card[0], "formattedText": t.card[1]}})
        if t.rep is not None:
            g["noInputPrompts"] = [{"textToSpeech": ssml(r)} for r in (t.rep if isinstance(t.rep, list) else [t.rep])]
        if t.perm:
            g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {
                "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": t.perm_ctx, "permissions": t.perm}}
        resp = {"fulfillmentText": strip(t.say), "payload": {"google": g}}
        wr(root, f"{rec.path}/{n:02d}-{t.intent.replace(' ', '_')}.json", js({"request": req, "response": resp}))


def w_gscene(c, rec, root):
    rows = []
    for sid, new, t, when, n in g_flat(c, rec):
        req = {"handler": {"name": t.handler or "turn"}, "intent": {"name": t.intent, "params": {
            k: {"original": v, "resolved": v} for k, v in t.slots.items()}, "query": t.utt},
               "scene": {"name": t.scene or "Main", "slotFillingStatus": "UNSPECIFIED", "slots": {}},
               "session": {"id": sid, "params": {}, "typeOverrides": [], "languageCode": ""},
               "user": {"locale": c.loc, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                        "verificationStatus": "VERIFIED", "packageEntitlements": [], "gaiamint": "", "permissions": [],
                        "lastSeenTime": iso(when)},
               "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"]}}
        resp = {"session": {"id": sid, "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": ssml(t.say), "text": strip(t.say)}}}
        if t.card:
            resp["prompt"]["content"] = {"card": {"title": t.card[0], "text": t.card[1]}}
        nxt = "actions.scene.END_CONVERSATION" if t.end else t.nxt
        if nxt:
            resp["scene"] = {"name": t.scene or "Main", "slots": {}, "next": {"name": nxt}}
        rows.append({"request": req, "response": resp})
    if rec.path.endswith(".jsonl"):
        wr(root, rec.path, "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n")
    else:
        for i, r in enumerate(rows, 1):
            wr(root, f"{rec.path}/webhook-{i:02d}.json", js(r))


WRITERS = {"envelope": w_envelope, "pairs-jsonl": w_pairs_jsonl, "pairs-array": w_pairs_array,
           "smapi-simulation": w_smapi_sim, "smapi-invocation": w_smapi_inv, "ask-dialog": w_ask_dialog,
           "cloudwatch-text": w_cw_text, "cloudwatch-json": w_cw_json, "har": w_har, "transcript": w_transcript,
           "engine-statedump": w_statedump, "playtest-log": w_playtest, "jest-snapshot": w_jest,
           "junit-xml": w_junit, "mitm-dump": w_mitm, "notebook": w_ipynb,
           "gactions-conversation": w_gconv, "dialogflow-webhook": w_dialogflow, "gactions-scene": w_gscene}


# ---------------------------------------------------------------- projects
BUILTINS = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent"]


def alexa_project(c, root):
    locs = [c.loc] + list(c.extra_locales)
    pub = {}
    for l in locs:
        pub[l] = {"summary": c.summary or c.desc[:160], "examplePhrases": c.examples or [
            {"en": f"Alexa, open {c.inv}", "de": f"Alexa, öffne {c.inv}", "es": f"Alexa, abre {c.inv}",
             "fr": f"Alexa, ouvre {c.inv}", "it": f"Alexa, apri {c.inv}", "ja": f"アレクサ、{c.inv}を開いて",
             "pt": f"Alexa, abra {c.inv}"}[l[:2]]],
                  "name": c.name, "description": c.desc,
                  "smallIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{h(c.cid)[:4]}/APP_ICON?versionId=small",
                  "largeIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{h(c.cid)[:4]}/APP_ICON_LARGE?versionId=large"}
    pc = {"allowsPurchases": c.purchases, "usesPersonalInfo": bool(c.perms), "isChildDirected": c.child,
          "isExportCompliant": True, "containsAds": False}
    if c.policy:
        pc["locales"] = {l: {"privacyPolicyUrl": c.policy if isinstance(c.policy, str) else f"https://{c.cid[4:]}.example-games.com/privacy",
                             "termsOfUseUrl": f"https://{c.cid[4:]}.example-games.com/terms"} for l in locs}
    m = {"manifest": {"publishingInformation": {"locales": pub, "isAvailableWorldwide": False,
                                                "testingInstructions": "Open the skill and play one round.",
                                                "category": c.category, "distributionCountries": [
                                                    {"en-US": "US", "en-GB": "GB", "de-DE": "DE", "es-ES": "ES", "es-MX": "MX", "fr-FR": "FR",
                                                     "fr-CA": "CA", "it-IT": "IT", "ja-JP": "JP", "pt-BR": "BR"}[l] for l in locs]},
                      "apis": {"custom": {"endpoint": {"uri": endpoint(c)}}}, "manifestVersion": "1.0",
                      "privacyAndCompliance": pc}}
    if c.perms:
        m["manifest"]["permissions"] = [{"name": p} for p in c.perms]
    wr(root, "skill-package/skill.json", js(m))
    intents = []
    for name, slots, samples in c.intents:
        intents.append({"name": name, "slots": [{"name": k, "type": v} for k, v in slots.items()], "samples": samples})
    for b in BUILTINS:
        intents.append({"name": b, "samples": []})
    types = [{"name": n, "values": [{"name": {"value": v}} for v in vals]} for n, vals in c.types]
    for l in locs:
        inv = c.inv if l == c.loc else c.inv
        wr(root, f"skill-package/interactionModels/custom/{l}.json",
           js({"interactionModel": {"languageModel": {"invocationName": inv, "intents": intents, "types": types}}}))
    wr(root, "ask-resources.json", js({"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
        "skillMetadata": {"src": "./skill-package"}, "code": {"default": {"src": "./lambda"}},
        "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler"}}}}}))


def builder_project(c, root):
    lang = c.loc if c.loc.startswith(("es-MX", "fr-CA", "pt-BR", "en-GB")) else c.loc[:2]
    settings = {"defaultLocale": c.loc[:2], "projectId": c.gproject or c.cid[4:], "localizedSettings": {
        "displayName": c.name, "pronunciation": c.inv, "shortDescription": c.desc[:80], "fullDescription": c.desc,
        "developerName": "Lanternfish Games", "developerEmail": "dev@lanternfish-games.example",
        "smallLogoImage": "$resources.images.square"}, "category": c.category,
        "usesTransactionsApi": False, "usesDigitalPurchaseApi": False, "usesInteractiveCanvas": False,
        "designedForFamily": c.child, "containsAlcoholOrTobaccoContent": False, "keepsMicOpen": False,
        "surfaceRequirements": {}, "localizedSettingsByLocale": {}}
    if c.policy:
        settings["localizedSettings"]["privacyPolicyUrl"] = c.policy if isinstance(c.policy, str) else f"https://{c.cid[4:]}.lanternfish-games.example/privacy"
    del settings["localizedSettingsByLocale"]
    wr(root, "sdk/settings/settings.yaml", ydump(settings))
    wr(root, "sdk/manifest.yaml", ydump({"version": "1.0"}))
    wr(root, "sdk/actions/actions.yaml", ydump({"actions": {"actions.intent.MAIN": {"handler": {"webhookHandler": "main"}}}}))
    wr(root, "sdk/custom/global/actions.intent.MAIN.yaml", ydump({"handler": {"webhookHandler": "main"}, "transitionToScene": "Main"}))
    wr(root, "sdk/webhooks/ActionsOnGoogleFulfillment.yaml", ydump({"handlers": [{"name": "main"}, {"name": "turn"}, {"name": "no_input"}],
                                                                      "inlineCloudFunction": {"executeFunction": "ActionsOnGoogleFulfillment"}}))
    for name, slots, samples in c.intents:
        d = {"trainingPhrases": [re.sub(r"\{(\w+)\}", lambda m: f"(${m.group(1)} 'x' auto=true)", x) for x in samples]}
        if slots:
            d["parameters"] = [{"name": k, "typeOverride" if False else "type": {"name": v}} for k, v in slots.items()]
        wr(root, f"sdk/custom/intents/{name}.yaml", ydump(d))
    for n, vals in c.types:
        if vals == "freeText":
            wr(root, f"sdk/custom/types/{n}.yaml", ydump({"freeText": {}}))
        else:
            wr(root, f"sdk/custom/types/{n}.yaml", ydump({"synonym": {"entities": {v: {"synonyms": [v]} for v in vals}, "matchType": "EXACT_MATCH"}}))
    scenes = {t.scene for r in c.recs for sess in r.sessions for t in sess if t.scene}
    for sc in sorted(scenes):
        if f"sdk/custom/scenes/{sc}.yaml" not in (c.extra_files or {}):
            wr(root, f"sdk/custom/scenes/{sc}.yaml", ydump({"onEnter": {"webhookHandler": "turn"}, "intentEvents": [
                {"intent": name, "handler": {"webhookHandler": "turn"}} for name, _, _ in c.intents]}))


def sdkv2_project(c, root):
    actions = [{"description": "Default Welcome Intent", "name": "MAIN", "fulfillment": {"conversationName": "game"},
                "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": [f"talk to {c.inv}"]}}}]
    for name, slots, samples in c.intents:
        a = {"description": name, "name": name, "fulfillment": {"conversationName": "game"},
             "intent": {"name": name, "trigger": {"queryPatterns": [re.sub(r"\{(\w+)\}", lambda m: f"${slots[m.group(1)]}:{m.group(1)}", x) for x in samples]}}}
        if slots:
            a["intent"]["parameters"] = [{"name": k, "type": v} for k, v in slots.items()]
        actions.append(a)
    d = {"locale": c.loc, "actions": actions,
         "conversations": {"game": {"name": "game", "url": f"https://europe-west1-{c.cid[4:]}.cloudfunctions.net/game",
                                    "fulfillmentApiVersion": 2}},
         "manifest": {"displayName": c.name, "invocationName": c.inv, "shortDescription": c.desc[:80], "longDescription": c.desc,
                      "category": c.category}}
    if c.policy:
        d["manifest"]["privacyUrl"] = c.policy if isinstance(c.policy, str) else f"https://{c.cid[4:]}.lanternfish-games.example/privacy"
    wr(root, "action.json", js(d))


def dialogflow_project(c, root):
    lang = c.loc.lower() if c.loc in ("pt-BR", "es-MX", "fr-CA", "en-GB") else c.loc[:2]
    agent = {"description": c.desc, "language": lang, "shortDescription": c.name, "examples": "", "linkToDocs": "",
             "displayName": c.name, "disableInteractionLogs": False, "disableStackdriverLogs": True,
             "googleAssistant": {"googleAssistantCompatible": True, "project": c.gproject or c.cid[4:], "welcomeIntentSignInRequired": False,
                                 "startIntents": [], "systemIntents": [], "endIntentIds": [], "oAuthLinking": {"required": False},
                                 "voiceType": "MALE_1", "capabilities": [], "env": "", "protocolVersion": "V2",
                                 "autoPreviewEnabled": False, "isDeviceAgent": False, "invocationName": c.inv},
             "defaultTimezone": "Europe/Berlin", "webhook": {"url": f"https://{c.cid[4:]}.lanternfish-games.example/df", "available": True,
                                                             "useForDomains": False, "cloudFunctionsEnabled": False},
             "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformApi": True,
             "onePlatformApiVersion": "v2beta1", "analyzeQueryTextSentiment": False, "enabledKnowledgeBaseNames": [],
             "knowledgeServiceConfidenceAdjustment": 0.0, "dialogBuilderMode": False, "baseActionPackagesUrl": ""}
    if c.policy:
        agent["googleAssistant"]["privacyPolicyUrl"] = c.policy if isinstance(c.policy, str) else f"https://{c.cid[4:]}.lanternfish-games.example/privacy"
    wr(root, "agent.json", js(agent))
    wr(root, "package.json", js({"version": "1.0.0"}))
    for name, slots, samples in [("Default Welcome Intent", {}, [])] + list(c.intents):
        iid = fake_uuid(c.cid, name)
        wr(root, f"intents/{name}.json", js({"id": iid, "name": name, "auto": True, "contexts": [],
                                              "responses": [{"resetContexts": False, "action": "", "affectedContexts": [],
                                                             "parameters": [{"id": fake_uuid(c.cid, name, k), "name": k, "required": False,
                                                                             "dataType": v, "value": "$" + k, "isList": False}
                                                                            for k, v in slots.items()],
                                                             "messages": [], "speech": []}],
                                              "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False,
                                              "fallbackIntent": False, "events": [{"name": "WELCOME"}] if "Welcome" in name else []}))
        if samples:
            us = []
            for s in samples:
                data = []
                for seg in [p if i % 2 == 0 else (p, p) for i, p in enumerate(re.split(r"\{(\w+)\}", s)) if p]:  # a sample is a list of (text, param-or-None)
                    if isinstance(seg, str):
                        data.append({"text": seg, "userDefined": False})
                    else:
                        data.append({"text": seg[0], "alias": seg[1], "meta": slots[seg[1]], "userDefined": True})
                us.append({"id": fake_uuid(c.cid, name, json.dumps(s, ensure_ascii=False)), "data": data, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
            wr(root, f"intents/{name}_usersays_{lang}.json", js(us))
    for n, vals in c.types:
        wr(root, f"entities/{n}.json", js({"id": fake_uuid(c.cid, n), "name": n, "isOverridable": True, "isEnum": False,
                                           "isRegexp": False, "automatedExpansion": False, "allowFuzzyExtraction": False}))
        wr(root, f"entities/{n}_entries_{lang}.json", js([{"value": v, "synonyms": [v]} for v in vals]))


def render(c, root):
    {"alexa": alexa_project, "builder": builder_project, "sdkv2": sdkv2_project, "dialogflow": dialogflow_project}[c.platform](c, root)
    for f, txt in (c.extra_files or {}).items():
        if f != "scenes":
            wr(root, f, txt)
    for r in c.recs:
        WRITERS[r.shape](c, r, root)

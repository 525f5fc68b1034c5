"""Turns the hand-written case descriptions (cases_*.py) into project folders and recordings.
Nothing here invents conversation content: it only wraps the hand-written turns in the
file formats that real tooling produces (ASK CLI, SMAPI, CloudWatch, HAR, zap, tracing, Serilog,
gRPC text format, Windows event XML, Actions SDK / Builder / Dialogflow)."""
import hashlib, json, os, datetime, uuid
from xml.sax.saxutils import escape as xesc
import yaml

# ---------------------------------------------------------------- description helpers
class A:  # Alexa skill
    platform = "alexa"
    def __init__(self, name, loc, inv, title, desc, recs, labels=(), why="", cat="LIFESTYLE", policy=True,
                 child=False, perms=(), intents=(), types=None, extra_locales=(), lambda_src=None, usesPI=None):
        self.__dict__.update(locals()); del self.__dict__["self"]

class G:  # Google project: kind = builder | sdkv2 | dialogflow
    platform = "google"
    def __init__(self, name, loc, kind, inv, title, desc, recs, labels=(), why="", policy=True,
                 intents=(), scenes=None, types=None, category="GAMES_AND_TRIVIA", dfintents=None):
        self.__dict__.update(locals()); del self.__dict__["self"]

class T:  # Alexa turn
    def __init__(self, req, speech, reprompt=None, end=False, say=None, card=None, directives=None, slots=None):
        self.__dict__.update(locals()); del self.__dict__["self"]

class GT:  # Google turn
    def __init__(self, intent, query, speech, expect=True, noinput=None, scene=None, nxt=None, params=None, handler=None,
                 perm=None):
        self.__dict__.update(locals()); del self.__dict__["self"]

class R:  # a recording: shape, path (file or folder, relative to case), sessions (list of list of turns)
    def __init__(self, shape, path, sessions, start="2024-06-03T07:30:00", variant=None):
        self.__dict__.update(locals()); del self.__dict__["self"]

# ---------------------------------------------------------------- ids, time
def hid(*parts, n=32):
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:n]

def uid(*parts):
    return str(uuid.UUID(hid(*parts)))

def upper_hex(*parts, n=40):
    return hid(*parts, n=n).upper()

START_WORD = {"de": "öffne", "es": "abre", "fr": "ouvre", "it": "apri", "ja": "を開いて", "pt": "abrir"}
STOP_WORD = {"de": "stopp", "es": "para", "fr": "arrête", "it": "basta", "ja": "ストップ", "pt": "pare"}
CANCEL_WORD = {"de": "abbrechen", "es": "cancela", "fr": "annule", "it": "annulla", "ja": "キャンセル", "pt": "cancelar"}
HELP_WORD = {"de": "hilfe", "es": "ayuda", "fr": "aide", "it": "aiuto", "ja": "ヘルプ", "pt": "ajuda"}

def launch_utt(loc, inv):
    l = loc[:2]
    return f"{inv}{START_WORD[l]}" if l == "ja" else f"{START_WORD[l]} {inv}"

def speech_obj(text):
    if text is None:
        return None
    if text.lstrip().startswith("<speak>"):
        return {"type": "SSML", "ssml": text}
    return {"type": "PlainText", "text": text}

def plain(text):
    import re
    return re.sub(r"<[^>]+>", "", text or "")

# ---------------------------------------------------------------- Alexa exchange building
def alexa_exchanges(case, rec, ri):
    """Return list of dicts: {req, resp, utt, sid, ts}"""
    out = []
    t0 = datetime.datetime.fromisoformat(rec.start)
    app = "amzn1.ask.skill." + uid(case.name, "app")
    user = "amzn1.ask.account." + upper_hex(case.name, "user", n=64)
    dev = "amzn1.ask.device." + upper_hex(case.name, "dev", n=40)
    k = 0
    for si, sess in enumerate(rec.sessions):
        sid = "amzn1.echo-api.session." + uid(case.name, ri, si, "s")
        for ti, t in enumerate(sess):
            k += 1
            ts = (t0 + datetime.timedelta(minutes=si * 7, seconds=ti * 19)).strftime("%Y-%m-%dT%H:%M:%SZ")
            rid = "amzn1.echo-api.request." + uid(case.name, ri, si, ti, "r")
            l = case.loc[:2]
            if t.req == "Launch":
                r = {"type": "LaunchRequest", "requestId": rid, "locale": case.loc, "timestamp": ts}
                utt = t.say or launch_utt(case.loc, case.inv)
            elif t.req == "End":
                r = {"type": "SessionEndedRequest", "requestId": rid, "locale": case.loc, "timestamp": ts,
                     "reason": "EXCEEDED_MAX_REPROMPTS"}
                utt = t.say or ""
            else:
                if isinstance(t.req, str):
                    iname = {"Stop": "AMAZON.StopIntent", "Cancel": "AMAZON.CancelIntent", "Help": "AMAZON.HelpIntent",
                             "Yes": "AMAZON.YesIntent", "No": "AMAZON.NoIntent", "Fallback": "AMAZON.FallbackIntent"}.get(t.req, t.req)
                    slots = t.slots or {}
                else:
                    iname, slots = t.req[0], t.req[1]
                utt = t.say or {"AMAZON.StopIntent": STOP_WORD[l], "AMAZON.CancelIntent": CANCEL_WORD[l],
                                "AMAZON.HelpIntent": HELP_WORD[l]}.get(iname, " ".join(slots.values()))
                r = {"type": "IntentRequest", "requestId": rid, "locale": case.loc, "timestamp": ts,
                     "dialogState": None, "intent": {"name": iname, "confirmationStatus": "NONE",
                     "slots": {k2: {"name": k2, "value": v, "confirmationStatus": "NONE", "source": "USER"} for k2, v in slots.items()}}}
                del r["dialogState"]
            req = {"version": "1.0",
                   "session": {"new": ti == 0, "sessionId": sid, "application": {"applicationId": app},
                               "user": {"userId": user}, **({} if ti == 0 else {"attributes": {}})},
                   "context": {"System": {"application": {"applicationId": app}, "user": {"userId": user},
                               "device": {"deviceId": dev, "supportedInterfaces": {}},
                               "apiEndpoint": "https://api.eu.amazonalexa.com" if l != "ja" else "https://api.fe.amazonalexa.com",
                               "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}},
                   "request": r}
            if t.req == "End":
                resp = {"version": "1.0", "response": {}}
            else:
                body = {}
                if t.speech is not None:
                    body["outputSpeech"] = speech_obj(t.speech)
                if t.card:
                    body["card"] = t.card
                if t.reprompt is not None:
                    body["reprompt"] = {"outputSpeech": speech_obj(t.reprompt)}
                if t.directives:
                    body["directives"] = t.directives
                if t.end != "absent":
                    body["shouldEndSession"] = t.end
                resp = {"version": "1.0", "sessionAttributes": {}, "userAgent": "ask-node/2.14.0 Node/v18.19.0", "response": body}
            out.append({"req": req, "resp": resp, "utt": utt, "sid": sid, "ts": ts, "rid": rid, "turn": t})
    return out

def arn(case):
    region = "us-west-2" if case.loc.startswith("ja") else "eu-west-1"
    return f"arn:aws:lambda:{region}:{int(hid(case.name,'acct'),16)%10**12:012d}:function:{case.name.split('-',1)[1]}"

def J(o, indent=2):
    return json.dumps(o, ensure_ascii=False, indent=indent)

def J1(o):
    return json.dumps(o, ensure_ascii=False, separators=(",", ":"))

def epoch_ms(ts):
    return int(datetime.datetime.strptime(ts, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=datetime.timezone.utc).timestamp() * 1000)

def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)

# ---------------------------------------------------------------- textproto (gRPC dumps)
def tp_str(s, octal):
    out = []
    for ch in s:
        if ch == '"': out.append('\\"')
        elif ch == "\\": out.append("\\\\")
        elif ch == "\n": out.append("\\n")
        elif ord(ch) < 128: out.append(ch)
        elif octal: out.extend("\\%03o" % b for b in ch.encode("utf-8"))
        else: out.append(ch)
    return '"' + "".join(out) + '"'

def tp_speech(name, so, ind, octal):
    if not so:
        return ""
    p = " " * ind
    if so["type"] == "SSML":
        return f"{p}{name} {{\n{p}  type: SSML\n{p}  ssml: {tp_str(so['ssml'], octal)}\n{p}}}\n"
    return f"{p}{name} {{\n{p}  type: PLAIN_TEXT\n{p}  text: {tp_str(so['text'], octal)}\n{p}}}\n"

def textproto(case, ex, octal):
    s = ("# proto-file: hearthproxy/v1/skill_invoke.proto\n# proto-message: hearthproxy.v1.InvocationDump\n"
         f"# captured by: grpcurl -d @ localhost:7443 hearthproxy.v1.Dump/Export\n")
    s += f'skill_id: "{ex[0]["req"]["context"]["System"]["application"]["applicationId"]}"\n'
    for e in ex:
        r = e["req"]["request"]
        s += "invocations {\n"
        s += f'  session_id: "{e["sid"]}"\n  request_id: "{e["rid"]}"\n  received_at {{ seconds: {epoch_ms(e["ts"])//1000} }}\n'
        s += f'  new_session: {"true" if e["req"]["session"]["new"] else "false"}\n  locale: "{case.loc}"\n'
        s += "  request {\n" + f'    type: {r["type"]}\n'
        if "intent" in r:
            s += f'    intent {{\n      name: "{r["intent"]["name"]}"\n'
            for k, v in r["intent"]["slots"].items():
                s += f'      slots {{\n        key: "{k}"\n        value {{ name: "{k}" value: {tp_str(v["value"], octal)} }}\n      }}\n'
            s += "    }\n"
        s += "  }\n"
        body = e["resp"]["response"]
        s += "  response {\n"
        s += tp_speech("output_speech", body.get("outputSpeech"), 4, octal)
        if "card" in body:
            c = body["card"]
            s += f'    card {{\n      type: {c.get("type","Simple").upper()}\n      title: {tp_str(c.get("title",""), octal)}\n      content: {tp_str(c.get("content", c.get("text","")), octal)}\n    }}\n'
        if "reprompt" in body:
            s += "    reprompt {\n" + tp_speech("output_speech", body["reprompt"]["outputSpeech"], 6, octal) + "    }\n"
        if "shouldEndSession" in body:
            s += f'    should_end_session {{ value: {"true" if body["shouldEndSession"] else "false"} }}\n'
        s += "  }\n}\n"
    return s

# ---------------------------------------------------------------- Alexa shape writers
def render_alexa_rec(case, rec, ri, root):
    ex = alexa_exchanges(case, rec, ri)
    p = os.path.join(root, rec.path)
    sh, v = rec.shape, rec.variant
    if sh == "envelope":
        for i, e in enumerate(ex):
            if e["turn"].req == "End":
                continue
            nm = e["turn"].req if isinstance(e["turn"].req, str) else e["turn"].req[0]
            write(os.path.join(p, f"{i+1:02d}-{nm.replace('AMAZON.','').lower()}.json"), J(e["resp"]))
    elif sh == "pairs-jsonl":
        write(p, "".join(J1({"request": e["req"], "response": e["resp"]}) + "\n" for e in ex))
    elif sh == "pairs-array":
        write(p, J([{"request": e["req"], "response": e["resp"]} for e in ex]))
    elif sh in ("smapi-simulation", "smapi-invocation"):
        for i, e in enumerate(ex):
            if e["turn"].req == "End":
                continue
            inv = {"invocationRequest": {"endpoint": arn(case), "body": e["req"]},
                   "invocationResponse": {"body": e["resp"]},
                   "metrics": {"skillExecutionTimeInMilliseconds": 80 + (i * 37) % 200}}
            sim = uid(case.name, ri, i, "sim")
            if sh == "smapi-simulation":
                so = e["resp"]["response"].get("outputSpeech")
                cap = plain(so.get("ssml") or so.get("text")) if so else ""
                o = {"id": sim, "status": "SUCCESSFUL",
                     "result": {"alexaExecutionInfo": {"alexaResponses": ([{"type": "Speech", "content": {"caption": cap}}] if so else []),
                                                       "consideredIntents": []},
                                "skillExecutionInfo": {"invocations": [inv]}, "error": None}}
                o["result"]["alexaExecutionInfo"]["consideredIntents"] = (
                    [{"name": e["req"]["request"]["intent"]["name"], "confirmationStatus": "NONE", "slots": {}}] if "intent" in e["req"]["request"] else [])
                fn = f"{v or 'sim'}-{i+1:02d}.json"
            else:
                o = {"id": sim, "status": "SUCCESSFUL", "result": {"skillExecutionInfo": inv, "error": None}}
                fn = f"{v or 'invoke'}-{i+1:02d}.json"
            write(os.path.join(p, fn), J(o))
    elif sh == "ask-dialog":
        l = case.loc
        replay = {"skillId": ex[0]["req"]["context"]["System"]["application"]["applicationId"], "locale": l,
                  "type": "text", "userInput": [e["utt"] for e in ex if e["turn"].req != "End"]}
        write(os.path.join(p, "dialog-replay.json"), J(replay))
        if v == "text":
            lines = []
            for e in ex:
                if e["turn"].req == "End":
                    continue
                lines.append(f"User  > {e['utt']}")
                so = e["resp"]["response"].get("outputSpeech")
                lines.append(f"Alexa > {plain(so.get('ssml') or so.get('text')) if so else ''}")
            write(os.path.join(p, "dialog-output.txt"), "\n".join(lines) + "\n")
        else:
            io = [{"utterance": e["utt"], "invocations": [{"invocationRequest": {"endpoint": arn(case), "body": e["req"]},
                                                           "invocationResponse": {"body": e["resp"]}}]}
                  for e in ex if e["turn"].req != "End"]
            write(os.path.join(p, "dialog-output.json"), J(io))
    elif sh == "cloudwatch-text":
        lines = []
        for i, e in enumerate(ex):
            aws = uid(case.name, ri, i, "aws")
            ts = e["ts"].replace("Z", ".%03dZ" % (i * 41 % 1000))
            lines.append(f"START RequestId: {aws} Version: $LATEST")
            if v == "python":
                lines.append(f"[INFO]\t{ts}\t{aws}\tRequest Envelope: {J1(e['req'])}")
                lines.append(f"[INFO]\t{ts}\t{aws}\tResponse: {J1(e['resp'])}")
            elif v == "kw":
                lines.append(f"{ts}\t{aws}\tINFO\tREQUEST {J1(e['req'])}")
                lines.append(f"{ts}\t{aws}\tINFO\tRESPONSE {J1(e['resp'])}")
            else:
                lines.append(f"{ts}\t{aws}\tINFO\tRequest: {J1(e['req'])}")
                lines.append(f"{ts}\t{aws}\tINFO\tResponse: {J1(e['resp'])}")
            lines.append(f"END RequestId: {aws}")
            lines.append(f"REPORT RequestId: {aws}\tDuration: {12 + i * 3}.41 ms\tBilled Duration: {13 + i * 3} ms\tMemory Size: 128 MB\tMax Memory Used: 71 MB")
        write(p, "\n".join(lines) + "\n")
    elif sh == "cloudwatch-json":
        evs = []
        for i, e in enumerate(ex):
            aws = uid(case.name, ri, i, "aws")
            ms = epoch_ms(e["ts"])
            for j, (kw, o) in enumerate((("Request", e["req"]), ("Response", e["resp"]))):
                evs.append({"logStreamName": f"2024/06/03/[$LATEST]{hid(case.name,'stream')}", "timestamp": ms + j * 40,
                            "message": f"{e['ts']}\t{aws}\tINFO\t{kw}: {J1(o)}\n", "ingestionTime": ms + j * 40 + 900,
                            "eventId": str(int(hid(case.name, ri, i, j), 16))[:56]})
        write(p, J({"events": evs, "searchedLogStreams": []}))
    elif sh == "har":
        ents = []
        for i, e in enumerate(ex):
            ents.append({"startedDateTime": e["ts"].replace("Z", ".000Z"), "time": 143,
                         "request": {"method": "POST", "url": "https://skill-dev.example-hearth.net/alexa", "httpVersion": "HTTP/1.1",
                                     "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"},
                                                 {"name": "Signature-256", "value": "REDACTED"}],
                                     "queryString": [], "cookies": [], "headersSize": -1, "bodySize": -1,
                                     "postData": {"mimeType": "application/json; charset=utf-8", "text": J1(e["req"])}},
                         "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                                      "headers": [{"name": "Content-Type", "value": "application/json;charset=UTF-8"}],
                                      "cookies": [], "content": {"size": -1, "mimeType": "application/json;charset=UTF-8", "text": J1(e["resp"])},
                                      "redirectURL": "", "headersSize": -1, "bodySize": -1},
                         "cache": {}, "timings": {"send": 1, "wait": 140, "receive": 2}})
        write(p, J({"log": {"version": "1.2", "creator": {"name": "mitmproxy har_dump", "version": "10.1.5"}, "entries": ents}}))
    elif sh == "transcript":
        lines = [f"# QA-Protokoll {case.title} ({case.loc})"]
        for e in ex:
            t = e["turn"]
            if t.req == "End":
                lines.append(f"[{e['ts']}] SYSTEM: SessionEndedRequest")
                continue
            if e["req"]["session"]["new"]:
                lines.append(f"--- session {e['sid']} ---")
            lines.append(f"[{e['ts']}] USER: {e['utt']}")
            so = e["resp"]["response"].get("outputSpeech")
            lines.append(f"[{e['ts']}] SKILL: {(so.get('ssml') or so.get('text')) if so else ''}")
            rp = e["resp"]["response"].get("reprompt")
            if rp:
                lines.append(f"[{e['ts']}] SKILL (reprompt): {rp['outputSpeech'].get('ssml') or rp['outputSpeech'].get('text')}")
            se = e["resp"]["response"].get("shouldEndSession", "unset")
            lines.append(f"session_open={'false' if se is True else 'true'}")
        write(p, "\n".join(lines) + "\n")
    elif sh == "zap":
        lines = []
        for i, e in enumerate(ex):
            ms = epoch_ms(e["ts"]) / 1000
            lines.append(J1({"level": "info", "ts": ms + 0.012, "caller": "alexa/handler.go:61", "msg": "skill request",
                             "sessionId": e["sid"], "requestType": e["req"]["request"]["type"], "envelope": e["req"]}))
            lines.append(J1({"level": "info", "ts": ms + 0.087, "caller": "alexa/handler.go:104", "msg": "skill response",
                             "sessionId": e["sid"], "latency": "75.2ms", "envelope": e["resp"]}))
        write(p, "\n".join(lines) + "\n")
    elif sh == "rust-tracing":
        lines = []
        for i, e in enumerate(ex):
            ts = e["ts"].replace("Z", ".%06dZ" % (i * 104729 % 1000000))
            span = f'handle{{session_id="{e["sid"]}" request_id="{e["rid"]}"}}'
            lines.append(f"{ts}  INFO {span}: skill_server::routes: incoming envelope body={J1(e['req'])}")
            lines.append(f"{ts} DEBUG {span}: skill_server::dispatch: routed to handler kind=\"{e['req']['request']['type']}\"")
            lines.append(f"{ts}  INFO {span}: skill_server::routes: outgoing response status=200 body={J1(e['resp'])}")
        write(p, "\n".join(lines) + "\n")
    elif sh == "serilog-clef":
        lines = []
        for i, e in enumerate(ex):
            t = e["ts"].replace("Z", ".%07dZ" % (i * 7919))
            lines.append(J1({"@t": t, "@mt": "Received {RequestType} for {SessionId}", "RequestType": e["req"]["request"]["type"],
                             "SessionId": e["sid"], "Envelope": e["req"], "SourceContext": "Hearth.Skills.Host.RequestLogger"}))
            lines.append(J1({"@t": t, "@mt": "Responding to {SessionId} with {@Response}", "SessionId": e["sid"],
                             "Response": e["resp"], "ElapsedMs": 41 + i, "SourceContext": "Hearth.Skills.Host.RequestLogger"}))
        write(p, "\n".join(lines) + "\n")
    elif sh == "grpc-textproto":
        write(p, textproto(case, ex, v == "octal"))
    elif sh == "winevt-xml":
        evs = ['<?xml version="1.0" encoding="utf-8"?>', "<Events>"]
        rec_id = 4100
        for i, e in enumerate(ex):
            for kw, o in (("Request", e["req"]), ("Response", e["resp"])):
                rec_id += 1
                evs.append('<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System>'
                           '<Provider Name="HearthSkillHost"/><EventID Qualifiers="0">' + ("1001" if kw == "Request" else "1002") +
                           '</EventID><Level>4</Level><Task>0</Task><Keywords>0x80000000000000</Keywords>'
                           f'<TimeCreated SystemTime="{e["ts"].replace("Z", ".0000000Z")}"/><EventRecordID>{rec_id}</EventRecordID>'
                           '<Channel>Application</Channel><Computer>SKILLHOST-01</Computer><Security/></System>'
                           f'<EventData><Data Name="Direction">{kw}</Data><Data Name="SessionId">{e["sid"]}</Data>'
                           f'<Data Name="Payload">{xesc(J1(o))}</Data></EventData></Event>')
        evs.append("</Events>")
        write(p, "\n".join(evs) + "\n")
    else:
        raise ValueError(sh)

# ---------------------------------------------------------------- Google shapes
def render_google_rec(case, rec, ri, root):
    p = os.path.join(root, rec.path)
    t0 = datetime.datetime.fromisoformat(rec.start)
    lang = case.loc
    pairs = []
    for si, sess in enumerate(rec.sessions):
        cid = hid(case.name, ri, si, "conv", n=24)
        for ti, t in enumerate(sess):
            ts = (t0 + datetime.timedelta(minutes=si * 9, seconds=ti * 23)).strftime("%Y-%m-%dT%H:%M:%SZ")
            if rec.shape == "gactions-conversation":
                inp = {"intent": t.intent, "rawInputs": [{"inputType": "VOICE", "query": t.query}], "arguments": []}
                if t.params:
                    inp["arguments"] = [{"name": k, "rawText": v, "textValue": v} for k, v in t.params.items()]
                req = {"user": {"locale": lang, "lastSeen": ts, "userVerificationStatus": "VERIFIED"},
                       "conversation": {"conversationId": cid, "type": "NEW" if ti == 0 else "ACTIVE",
                                        **({} if ti == 0 else {"conversationToken": "[]"})},
                       "inputs": [inp],
                       "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
                       "isInSandbox": True, "requestType": "SIMULATOR"}
                items = [{"simpleResponse": {"textToSpeech": t.speech}}]
                if t.expect:
                    ei = {"inputPrompt": {"richInitialPrompt": {"items": items}},
                          "possibleIntents": [{"intent": "actions.intent.TEXT"}]}
                    if t.noinput is not None:
                        ei["inputPrompt"]["noInputPrompts"] = [{"textToSpeech": x} for x in t.noinput]
                    if t.perm:
                        ei["possibleIntents"] = [{"intent": "actions.intent.PERMISSION", "inputValueData": {
                            "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                            "optContext": t.perm[0], "permissions": t.perm[1]}}]
                    resp = {"expectUserResponse": True, "conversationToken": "[]", "expectedInputs": [ei]}
                else:
                    resp = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": items}}}
                pairs.append({"request": req, "response": resp})
            elif rec.shape == "dialogflow-webhook":
                sess_name = f"projects/{case.name.split('-',1)[1]}-agent/agent/sessions/{cid}"
                req = {"responseId": uid(case.name, ri, si, ti, "df"), "session": sess_name,
                       "queryResult": {"queryText": t.query, "parameters": t.params or {}, "allRequiredParamsPresent": True,
                                       "fulfillmentMessages": [{"text": {"text": [""]}}],
                                       "intent": {"name": f"projects/{case.name.split('-',1)[1]}-agent/agent/intents/{uid(case.name, t.intent)}",
                                                  "displayName": t.intent},
                                       "intentDetectionConfidence": 0.87, "languageCode": lang.lower()},
                       "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
                           "user": {"locale": lang}, "conversation": {"conversationId": cid, "type": "NEW" if ti == 0 else "ACTIVE"},
                           "inputs": [{"intent": "actions.intent.MAIN" if ti == 0 else "actions.intent.TEXT",
                                       "rawInputs": [{"inputType": "VOICE", "query": t.query}]}],
                           "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}}}}
                g = {"expectUserResponse": bool(t.expect), "richResponse": {"items": [{"simpleResponse": {"textToSpeech": t.speech}}]}}
                if t.noinput is not None:
                    g["noInputPrompts"] = [{"textToSpeech": x} for x in t.noinput]
                if t.perm:
                    g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {
                        "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                        "optContext": t.perm[0], "permissions": t.perm[1]}}
                resp = {"fulfillmentText": plain(t.speech), "payload": {"google": g}}
                pairs.append({"request": req, "response": resp})
            elif rec.shape == "gactions-scene":
                req = {"handler": {"name": t.handler or "main"}, "intent": {"name": t.intent, "params": {
                           k: {"original": v, "resolved": v} for k, v in (t.params or {}).items()}, "query": t.query},
                       "scene": {"name": t.scene or "actions.scene.START_CONVERSATION", "slotFillingStatus": "UNSPECIFIED", "slots": {}},
                       "session": {"id": "ABwppHE" + hid(case.name, ri, si, n=40), "params": {}, "typeOverrides": [], "languageCode": lang},
                       "user": {"locale": lang, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                                "verificationStatus": "VERIFIED", "packageEntitlements": [], "gaiamint": "", "permissions": [],
                                "lastSeenTime": ts},
                       "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"]}}
                resp = {"session": {"id": req["session"]["id"], "params": {}, "languageCode": ""},
                        "prompt": {"override": False, "firstSimple": {"speech": t.speech, "text": plain(t.speech)}}}
                if t.nxt or t.scene:
                    resp["scene"] = {"name": t.scene or "actions.scene.START_CONVERSATION", "slots": {}, "next": {"name": t.nxt or (t.scene or "")}}
                pairs.append({"request": req, "response": resp})
    if p.endswith(".jsonl"):
        write(p, "".join(J1(x) + "\n" for x in pairs))
    elif p.endswith(".json"):
        write(p, J(pairs))
    else:
        for i, x in enumerate(pairs):
            write(os.path.join(p, f"{i+1:03d}-request.json"), J(x["request"]))
            write(os.path.join(p, f"{i+1:03d}-response.json"), J(x["response"]))

# ---------------------------------------------------------------- projects
BUILTINS = ["AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent"]

def alexa_model(case, loc):
    ints = []
    for it in case.intents:
        name, samples = it[0], it[1]
        slots = it[2] if len(it) > 2 else {}
        ints.append({"name": name, "slots": [{"name": k, "type": v} for k, v in slots.items()], "samples": samples})
    names = {i["name"] for i in ints}
    for b in BUILTINS:
        if b not in names:
            ints.append({"name": b, "samples": []})
    types = [{"name": n, "values": [{"name": {"value": v}} for v in vals]} for n, vals in (case.types or {}).items()]
    lm = {"invocationName": case.inv, "intents": ints}
    if types:
        lm["types"] = types
    return {"interactionModel": {"languageModel": lm}}

def render_alexa_project(case, root):
    locs = [case.loc] + list(case.extra_locales)
    pub = {}
    for l in locs:
        pub[l] = {"summary": case.desc.split(". ")[0][:160], "examplePhrases": [f"Alexa, {launch_utt(l, case.inv)}"],
                  "keywords": [], "name": case.title, "description": case.desc,
                  "smallIconUri": "https://example-hearth.net/icons/small.png", "largeIconUri": "https://example-hearth.net/icons/large.png"}
    pac = {"allowsPurchases": False, "usesPersonalInfo": bool(case.perms) if case.usesPI is None else case.usesPI,
           "isChildDirected": case.child, "isExportCompliant": True, "containsAds": False}
    if case.policy:
        pac["locales"] = {l: {"privacyPolicyUrl": f"https://{case.name.split('-',1)[1]}.example-hearth.net/datenschutz" if l.startswith('de') else f"https://{case.name.split('-',1)[1]}.example-hearth.net/privacy",
                              "termsOfUseUrl": ""} for l in locs}
    man = {"manifest": {"publishingInformation": {"locales": pub, "isAvailableWorldwide": False,
                                                  "testingInstructions": "-", "category": case.cat,
                                                  "distributionCountries": [case.loc[-2:]]},
                        "apis": {"custom": {"endpoint": {"uri": arn(case)}, "interfaces": []}},
                        "manifestVersion": "1.0", "privacyAndCompliance": pac}}
    if case.perms:
        man["manifest"]["permissions"] = [{"name": x} for x in case.perms]
    write(os.path.join(root, "skill-package", "skill.json"), J(man))
    for l in locs:
        write(os.path.join(root, "skill-package", "interactionModels", "custom", f"{l}.json"), J(alexa_model(case, l)))
    write(os.path.join(root, "ask-resources.json"), J({"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
        "skillMetadata": {"src": "./skill-package"}, "code": {"default": {"src": "./lambda"}},
        "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler"}}}}}))
    if case.lambda_src:
        fn, src = case.lambda_src
        write(os.path.join(root, "lambda", fn), src)

def Y(o):
    return yaml.safe_dump(o, allow_unicode=True, sort_keys=False, width=1000)

def render_google_project(case, root):
    lang = case.loc[:2]
    if case.kind == "builder":
        ls = {"displayName": case.title, "pronunciation": case.inv, "shortDescription": case.desc[:80],
              "fullDescription": case.desc, "developerName": "Hearth Studio", "developerEmail": "dev@example-hearth.net",
              "smallLogoImage": "$resources.images.logo", "largeBannerImage": "$resources.images.banner"}
        if case.policy:
            ls["privacyPolicyUrl"] = f"https://{case.name.split('-',1)[1]}.example-hearth.net/privacy"
        write(os.path.join(root, "sdk", "settings", "settings.yaml"), Y({
            "projectId": case.name.split("-", 1)[1] + "-gact", "defaultLocale": case.loc if case.loc in ("pt-BR", "es-MX", "fr-CA") else lang,
            "category": case.category, "usesTransactionsApi": False, "usesDigitalPurchaseApi": False,
            "usesInteractiveCanvas": False, "usesHomeStorage": False, "designedForFamily": False,
            "containsAlcoholOrTobaccoContent": False, "keepsMicOpen": False, "surfaceRequirements": {"minimumRequirements": [{"capability": "SPEECH"}]},
            "localizedSettings": ls}))
        write(os.path.join(root, "sdk", "manifest.yaml"), Y({"version": "1.0"}))
        write(os.path.join(root, "sdk", "webhooks", "ActionsOnGoogleFulfillment.yaml"), Y({"handlers": [{"name": "main"}], "httpsEndpoint": {"baseUrl": f"https://europe-west1-{case.name.split('-',1)[1]}.cloudfunctions.net/fulfillment"}}))
        for it in case.intents:
            name, phrases = it[0], it[1]
            d = {"trainingPhrases": phrases}
            if len(it) > 2 and it[2]:
                d["parameters"] = [{"name": k, "type": {"name": v}} for k, v in it[2].items()]
            write(os.path.join(root, "sdk", "custom", "intents", f"{name}.yaml"), Y(d))
        for sn, sd in (case.scenes or {}).items():
            if sn.startswith("global/"):
                write(os.path.join(root, "sdk", "custom", "global", sn.split("/", 1)[1] + ".yaml"), Y(sd))
            else:
                write(os.path.join(root, "sdk", "custom", "scenes", f"{sn}.yaml"), Y(sd))
        for tn, vals in (case.types or {}).items():
            if vals == "FREE":
                d = {"freeText": {}}
            else:
                d = {"synonym": {"entities": {v: {"synonyms": [v]} for v in vals}, "matchType": "EXACT_MATCH"}}
            write(os.path.join(root, "sdk", "custom", "types", f"{tn}.yaml"), Y(d))
    elif case.kind == "sdkv2":
        acts = []
        for it in case.intents:
            name, pats = it[0], it[1]
            a = {"description": name, "name": name if name != "actions.intent.MAIN" else "MAIN",
                 "fulfillment": {"conversationName": "principal"}, "intent": {"name": name, "trigger": {"queryPatterns": pats}}}
            if len(it) > 2 and it[2]:
                a["intent"]["parameters"] = [{"name": k, "type": v} for k, v in it[2].items()]
            acts.append(a)
        write(os.path.join(root, "action.json"), J({"actions": acts, "conversations": {"principal": {
            "name": "principal", "url": f"https://europe-west1-{case.name.split('-',1)[1]}.cloudfunctions.net/principal",
            "fulfillmentApiVersion": 2}}, "locale": case.loc if case.loc in ("pt-BR", "es-MX", "fr-CA") else lang,
            "manifest": {"displayName": case.title, "invocationName": case.inv, "category": case.category,
                         "shortDescription": case.desc[:80], "longDescription": case.desc,
                         **({"privacyUrl": f"https://{case.name.split('-',1)[1]}.example-hearth.net/privacy"} if case.policy else {})}}))
    else:  # dialogflow
        write(os.path.join(root, "agent.json"), J({
            "description": case.desc, "language": lang, "shortDescription": case.title, "examples": "",
            "linkToDocs": "", "displayName": case.title, "disableInteractionLogs": False, "disableStackdriverLogs": True,
            "googleAssistant": {"googleAssistantCompatible": True, "project": case.name.split("-", 1)[1] + "-agent",
                                "welcomeIntentSignInRequired": False, "startIntents": [], "systemIntents": [],
                                "endIntentIds": [], "oAuthLinking": {"required": False}, "voiceType": "MALE_1",
                                "capabilities": [], "env": "", "protocolVersion": "V2", "autoPreviewEnabled": True,
                                "isDeviceAgent": False},
            "defaultTimezone": {"de": "Europe/Berlin", "es": "Europe/Madrid", "fr": "Europe/Paris", "it": "Europe/Rome", "ja": "Asia/Tokyo", "pt": "America/Sao_Paulo"}[lang],
            "webhook": {"url": f"https://europe-west1-{case.name.split('-',1)[1]}.cloudfunctions.net/dialogflowFirebaseFulfillment",
                        "username": "", "headers": {}, "available": True, "useForDomains": False, "cloudFunctionsEnabled": False,
                        "cloudFunctionsInitialized": False},
            "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformResponses": True,
            "onePlatformApiVersion": "v2", "analyzeQueryTextSentiment": False, "enabledKnowledgeBaseNames": [],
            "knowledgeServiceConfidenceAdjustment": 0.0, "dialogBuilderMode": False, "baseActionPackagesUrl": "", "enableSpellCorrection": False}))
        write(os.path.join(root, "package.json"), J({"version": "1.0.0"}))
        for it in case.dfintents:
            name, says, params, speech, end = it["name"], it["says"], it.get("params", {}), it.get("speech", []), it.get("end", False)
            d = {"id": uid(case.name, name), "name": name, "auto": True, "contexts": [],
                 "responses": [{"resetContexts": False, "action": it.get("action", ""), "affectedContexts": [],
                                "parameters": [{"id": uid(case.name, name, k), "name": k, "required": False, "dataType": v,
                                                "value": "$" + k, "defaultValue": "", "isList": False, "prompts": [],
                                                "promptMessages": [], "noMatchPromptMessages": [], "noInputPromptMessages": [],
                                                "outputDialogContexts": []} for k, v in params.items()],
                                "messages": [{"type": "0", "title": "", "textToSpeech": "", "lang": lang, "speech": speech, "condition": ""}] if speech else [],
                                "speech": []}],
                 "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": it.get("fallback", False),
                 "events": [{"name": "WELCOME"}] if it.get("welcome") else [], "conditionalResponses": [], "condition": "",
                 "conditionalFollowupEvents": [], "endInteraction": end}
            write(os.path.join(root, "intents", f"{name}.json"), J(d))
            us = []
            for s in says:
                data = []
                for part in s:
                    if isinstance(part, tuple):
                        data.append({"text": part[0], "alias": part[1], "meta": part[2], "userDefined": True})
                    else:
                        data.append({"text": part, "userDefined": False})
                us.append({"id": uid(case.name, name, J1(s)), "data": data, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
            if us:
                write(os.path.join(root, "intents", f"{name}_usersays_{lang}.json"), J(us))

def render(case, root):
    if case.platform == "alexa":
        render_alexa_project(case, root)
        for i, r in enumerate(case.recs):
            render_alexa_rec(case, r, i, root)
    else:
        render_google_project(case, root)
        for i, r in enumerate(case.recs):
            render_google_rec(case, r, i, root)

# ---------------------------------------------------------------- shorthands used by cases_*.py
SK, FG, MQ, CP, PII, CA, SQ, EP, DR = ("silent-keepalive", "fake-goodbye", "masquerade", "credential-phishing",
                                       "pii-request", "catch-all-capture", "squatting", "excessive-permissions", "drift")
P_NAME, P_GIVEN, P_EMAIL, P_PHONE = ("alexa::profile:name:read", "alexa::profile:given_name:read",
                                     "alexa::profile:email:read", "alexa::profile:mobile_number:read")
P_ADDR, P_POSTAL, P_GEO = ("read::alexa:device:all:address", "read::alexa:device:all:address:country_and_postal_code",
                           "alexa::devices:all:geolocation:read")
P_REMIND, P_LREAD, P_LWRITE = ("alexa::alerts:reminders:skill:readwrite", "alexa::household:lists:read", "alexa::household:lists:write")

def perm_card(perms):
    return {"type": "AskForPermissionsConsent", "permissions": list(perms)}

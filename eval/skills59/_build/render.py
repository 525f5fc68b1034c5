"""Turns the hand-written case descriptions (cases_*.py) into project folders and recordings.
Only mechanics live here (envelopes, ids, file shapes); every sentence, sample and setting is in the case files."""
import hashlib, json, os, re, uuid, datetime, html

BUILTIN = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent", "AMAZON.YesIntent", "AMAZON.NoIntent"]


# ---------------------------------------------------------------- small DSL used by the case files
def R(speech, rp=None, end=False, card=None, plain=False, noinput=None, perm=None, scene=None, nxt=None, rp_plain=False):
    return dict(speech=speech, rp=rp, end=end, card=card, plain=plain, noinput=noinput, perm=perm, scene=scene, nxt=nxt, rp_plain=rp_plain)


def L(say, resp):
    return dict(say=say, kind="launch", intent=None, slots={}, resp=resp)


def I(say, intent, resp, **slots):
    return dict(say=say, kind="intent", intent=intent, slots=slots, resp=resp)


def Rec(shape, path, turns, **opt):
    return dict(shape=shape, path=path, turns=turns, opt=opt)


# ---------------------------------------------------------------- deterministic ids
def h(*parts):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()


def uid(*parts):
    return str(uuid.UUID(h(*parts)[:32]))


def dump(obj, indent=2):
    return json.dumps(obj, indent=indent, ensure_ascii=False)


def one(obj):
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text if text.endswith("\n") else text + "\n")


def ssml(s):
    s = s.strip()
    return s if s.startswith("<speak") else "<speak>" + s + "</speak>"


def plain_text(s):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", s)).strip()


# ---------------------------------------------------------------- Alexa envelopes
def alexa_out(s, plain):
    return {"type": "PlainText", "text": s} if plain else {"type": "SSML", "ssml": ssml(s)}


def alexa_resp(r, ua):
    body = {}
    if r["speech"] is not None:
        body["outputSpeech"] = alexa_out(r["speech"], r["plain"])
    if r["card"]:
        body["card"] = r["card"]
    if r["rp"] is not None:
        body["reprompt"] = {"outputSpeech": alexa_out(r["rp"], r["rp_plain"] or r["plain"])}
    if r["end"] is not None:
        body["shouldEndSession"] = r["end"]
    return {"version": "1.0", "sessionAttributes": {}, "userAgent": ua, "response": body}


class Sessions:
    """walks the turns of one recording and yields (turn, sid, new, ts, request_id)"""

    def __init__(self, case, rec, ri):
        self.case, self.rec, self.ri = case, rec, ri
        d = rec["opt"].get("date", case.get("date", "2024-04-17"))
        self.t0 = datetime.datetime.fromisoformat(d + ("T" not in d and "T19:02:11" or ""))

    def __iter__(self):
        si, new, t = 0, True, self.t0
        for k, turn in enumerate(self.rec["turns"]):
            if turn["kind"] == "launch" and k:
                if not new:
                    si += 1
                new = True
            sid = uid(self.case["id"], self.ri, si)
            t = t + datetime.timedelta(seconds=7 + (k * 13) % 11)
            yield turn, sid, new, t, uid(self.case["id"], self.ri, k, "r")
            new = bool(turn["resp"]["end"])
            if new:
                si += 1


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def alexa_req(case, turn, sid, new, ts, rid):
    app = "amzn1.ask.skill." + uid(case["id"], "app")
    user = "amzn1.ask.account.A" + h(case["id"], "user")[:40].upper()
    dev = "amzn1.ask.device.A" + h(case["id"], "dev")[:40].upper()
    sess = {"new": new, "sessionId": "amzn1.echo-api.session." + sid, "application": {"applicationId": app}, "user": {"userId": user}}
    if not new:
        sess["attributes"] = {}
    req = {"type": "LaunchRequest", "requestId": "amzn1.echo-api.request." + rid, "locale": case["loc"], "timestamp": iso(ts)}
    if turn["kind"] == "intent":
        req = {"type": "IntentRequest", "requestId": req["requestId"], "locale": case["loc"], "timestamp": iso(ts),
               "dialogState": "STARTED" if False else None,
               "intent": {"name": turn["intent"], "confirmationStatus": "NONE",
                          "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE", "source": "USER"} for k, v in turn["slots"].items()}}}
        req.pop("dialogState")
    return {"version": "1.0", "session": sess,
            "context": {"System": {"application": {"applicationId": app}, "user": {"userId": user},
                                   "device": {"deviceId": dev, "supportedInterfaces": {}},
                                   "apiEndpoint": "https://api.eu.amazonalexa.com" if case["loc"][:2] in ("de", "fr", "it", "es") and case["loc"] != "es-MX" else "https://api.amazonalexa.com",
                                   "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.REDACTED"}},
            "request": req}


# ---------------------------------------------------------------- Google envelopes
def g_req_resp(case, turn, sid, new, ts, rid):
    p, r = case["platform"], turn["resp"]
    loc = case["loc"]
    if p == "sdk2":
        intent = "actions.intent.MAIN" if turn["kind"] == "launch" else turn["intent"]
        inp = {"intent": intent, "rawInputs": [{"inputType": "VOICE", "query": turn["say"]}]}
        args = [{"name": k, "rawText": v, "textValue": v} for k, v in turn["slots"].items()]
        if args:
            inp["arguments"] = args
        req = {"user": {"locale": loc, "lastSeen": iso(ts), "userVerificationStatus": "VERIFIED"},
               "conversation": {"conversationId": sid, "type": "NEW" if new else "ACTIVE", **({} if new else {"conversationToken": "[]"})},
               "inputs": [inp], "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
               "isInSandbox": True, "requestType": "SIMULATOR"}
        items = [{"simpleResponse": {"textToSpeech": r["speech"]}}]
        if r["end"]:
            resp = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": items}}}
        else:
            ei = {"inputPrompt": {"richInitialPrompt": {"items": items}}, "possibleIntents": [{"intent": "actions.intent.TEXT"}]}
            if r["noinput"] is not None:
                ei["inputPrompt"]["noInputPrompts"] = [{"textToSpeech": x} for x in r["noinput"]]
            if r["perm"]:
                ei["possibleIntents"] = [{"intent": "actions.intent.PERMISSION", "inputValueData": {
                    "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": r["perm"][0], "permissions": r["perm"][1]}}]
            resp = {"expectUserResponse": True, "conversationToken": "[]", "expectedInputs": [ei]}
        return req, resp
    if p == "dialogflow":
        intent = turn["intent"] or "Default Welcome Intent"
        req = {"responseId": rid + "-" + h(rid)[:8], "session": f"projects/{case['gproject']}/agent/sessions/{sid}",
               "queryResult": {"queryText": "GOOGLE_ASSISTANT_WELCOME" if turn["kind"] == "launch" else turn["say"],
                               "parameters": dict(turn["slots"]), "allRequiredParamsPresent": True,
                               "intent": {"name": f"projects/{case['gproject']}/agent/intents/{uid(case['id'], intent)}", "displayName": intent},
                               "intentDetectionConfidence": 1, "languageCode": loc.split("-")[0] if loc[:2] != "pt" else "pt-br"},
               "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
                   "user": {"locale": loc, "lastSeen": iso(ts)},
                   "conversation": {"conversationId": sid, "type": "NEW" if new else "ACTIVE"},
                   "inputs": [{"intent": "actions.intent.MAIN" if turn["kind"] == "launch" else "actions.intent.TEXT",
                               "rawInputs": [{"inputType": "VOICE", "query": turn["say"]}]}],
                   "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}, "isInSandbox": True}}}
        g = {"expectUserResponse": not r["end"], "richResponse": {"items": [{"simpleResponse": {"textToSpeech": r["speech"]}}]}}
        if r["noinput"] is not None:
            g["noInputPrompts"] = [{"textToSpeech": x} for x in r["noinput"]]
        if r["perm"]:
            g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {
                "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": r["perm"][0], "permissions": r["perm"][1]}}
        return req, {"fulfillmentText": plain_text(r["speech"]), "payload": {"google": g}}
    # Actions Builder
    scene = r["scene"] or "Main"
    intent = "actions.intent.MAIN" if turn["kind"] == "launch" else turn["intent"]
    req = {"handler": {"name": ("main" if turn["kind"] == "launch" else turn["intent"].split(".")[-1].lower())},
           "intent": {"name": intent, "params": {k: {"original": v, "resolved": v} for k, v in turn["slots"].items()}, "query": turn["say"]},
           "scene": {"name": "actions.scene.START_CONVERSATION" if new else scene, "slotFillingStatus": "UNSPECIFIED", "slots": {}},
           "session": {"id": sid, "params": {}, "typeOverrides": [], "languageCode": ""},
           "user": {"locale": loc, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED", "verificationStatus": "VERIFIED",
                    "packageEntitlements": [], "permissions": [], "lastSeenTime": iso(ts)},
           "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"]}}
    nxt = "actions.scene.END_CONVERSATION" if r["end"] else (r["nxt"] or scene)
    resp = {"session": {"id": sid, "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": r["speech"], "text": plain_text(r["speech"])}},
            "scene": {"name": scene, "slots": {}, "next": {"name": nxt}}}
    return req, resp


def pairs(case, rec, ri):
    out = []
    ua = case.get("ua", "ask-node/2.14.0 Node/v18.18.2" if case.get("runtime", "node") == "node" else "ask-python/1.19.0 Python/3.11.6")
    for turn, sid, new, ts, rid in Sessions(case, rec, ri):
        if case["platform"] == "alexa":
            out.append((turn, alexa_req(case, turn, sid, new, ts, rid), alexa_resp(turn["resp"], ua), ts, rid))
        else:
            q, s = g_req_resp(case, turn, sid, new, ts, rid)
            out.append((turn, q, s, ts, rid))
    return out


# ---------------------------------------------------------------- recording shapes
def endpoint(case):
    if case["platform"] == "alexa":
        return case.get("endpoint") or f"arn:aws:lambda:{'eu-west-1' if case['loc'][:2] in ('de','fr','it','es') else 'us-east-1'}:{int(h(case['id'])[:10],16)%10**12:012d}:function:{case['id'][4:]}"
    return case.get("endpoint") or f"https://us-central1-{case['gproject']}.cloudfunctions.net/fulfillment"


def fmt_path(p, k, turn):
    return p.replace("{n}", f"{k+1:02d}").replace("{i}", (turn["intent"] or "launch").split(".")[-1])


def resp_speech(case, resp):
    if case["platform"] == "alexa":
        o = resp["response"].get("outputSpeech") or {}
        return o.get("ssml") or o.get("text") or ""
    return None


def render_rec(case, rec, ri, root):
    shape, path, opt = rec["shape"], rec["path"], rec["opt"]
    P = pairs(case, rec, ri)
    full = lambda p: os.path.join(root, p)
    ep = endpoint(case)
    if shape == "envelope":
        for k, (turn, q, s, ts, rid) in enumerate(P):
            write(full(fmt_path(path, k, turn)), dump(s))
    elif shape == "pairs-jsonl":
        write(full(path), "\n".join(one({"request": q, "response": s}) for _, q, s, _, _ in P))
    elif shape == "pairs-array":
        write(full(path), dump([{"request": q, "response": s} for _, q, s, _, _ in P]))
    elif shape == "smapi-simulation":
        objs = []
        for k, (turn, q, s, ts, rid) in enumerate(P):
            cap = plain_text(resp_speech(case, s))
            objs.append({"id": uid(rid, "sim"), "status": "SUCCESSFUL", "result": {
                "alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": cap}}],
                                       "consideredIntents": ([{"name": turn["intent"], "confirmationStatus": "NONE", "slots": {}}] if turn["intent"] else [])},
                "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": ep, "body": q}, "invocationResponse": {"body": s},
                                                        "metrics": {"skillExecutionTimeInMilliseconds": 180 + k * 17}}]}, "error": None}})
        if opt.get("single"):
            write(full(path), dump(objs))
        else:
            for k, o in enumerate(objs):
                write(full(fmt_path(path, k, P[k][0])), dump(o))
    elif shape == "smapi-invocation":
        for k, (turn, q, s, ts, rid) in enumerate(P):
            write(full(fmt_path(path, k, turn)), dump({"id": uid(rid, "inv"), "status": "SUCCEEDED", "result": {"skillExecutionInfo": {
                "invocationRequest": {"endpoint": ep, "body": q}, "invocationResponse": {"body": s},
                "metrics": {"skillExecutionTimeInMilliseconds": 211 + k}}, "error": None}}))
    elif shape == "ask-dialog":
        replay, out = path.split("|")
        write(full(replay), dump({"skillId": "amzn1.ask.skill." + uid(case["id"], "app"), "locale": case["loc"], "type": "text",
                                  "userInput": [t["say"] for t, *_ in P]}))
        write(full(out), dump([{"utterance": t["say"], "alexaResponses": [{"type": "Speech", "content": {"caption": plain_text(resp_speech(case, s))}}],
                                "invocations": [{"invocationRequest": {"endpoint": ep, "body": q}, "invocationResponse": {"body": s}}]} for t, q, s, _, _ in P]))
    elif shape in ("cloudwatch-text", "cloudwatch-json"):
        kw = opt.get("kw", ("Request: ", "Response: "))
        lines, events = [], []
        for k, (turn, q, s, ts, rid) in enumerate(P):
            lid = uid(rid, "lambda")
            t = ts.strftime("%Y-%m-%dT%H:%M:%S.") + f"{(k*137)%1000:03d}Z"
            if opt.get("py"):
                a, b = f"[INFO]\t{t}\t{lid}\t{kw[0]}{one(q)}", f"[INFO]\t{t}\t{lid}\t{kw[1]}{one(s)}"
            else:
                a, b = f"{t}\t{lid}\tINFO\t{kw[0]}{one(q)}", f"{t}\t{lid}\tINFO\t{kw[1]}{one(s)}"
            extra = [x.format(t=t, lid=lid) for x in opt.get("debug", {}).get(k, [])]
            block = [f"START RequestId: {lid} Version: $LATEST", a] + extra + [b, f"END RequestId: {lid}",
                     f"REPORT RequestId: {lid}\tDuration: {40+k*7}.{k}3 ms\tBilled Duration: {41+k*7} ms\tMemory Size: 256 MB\tMax Memory Used: {88+k} MB"]
            lines += block
            base = int(ts.replace(tzinfo=datetime.timezone.utc).timestamp() * 1000)
            for j, m in enumerate(block):
                events.append({"logStreamName": ts.strftime("%Y/%m/%d/[$LATEST]") + h(case["id"], ri)[:32], "timestamp": base + j,
                               "message": m + "\n", "ingestionTime": base + 900 + j, "eventId": str(int(h(rid, j)[:15], 16))})
        if shape == "cloudwatch-text":
            write(full(path), "\n".join(lines))
        else:
            write(full(path), dump({"events": events, "searchedLogStreams": []}))
    elif shape == "har":
        entries = []
        for k, (turn, q, s, ts, rid) in enumerate(P):
            url = opt.get("url", "https://" + case["id"][4:] + ".ngrok-free.app/" + ("" if case["platform"] == "alexa" else "fulfillment"))
            entries.append({"startedDateTime": ts.strftime("%Y-%m-%dT%H:%M:%S.000Z"), "time": 210 + k,
                            "request": {"method": "POST", "url": url, "httpVersion": "HTTP/1.1",
                                        "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"},
                                                    {"name": "User-Agent", "value": "Apache-HttpClient/UNAVAILABLE (Java/1.8.0_402)" if case["platform"] == "alexa" else "Google-ActionsOnGoogle/1.0"}],
                                        "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(one(q)),
                                        "postData": {"mimeType": "application/json", "text": one(q)}},
                            "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [{"name": "Content-Type", "value": "application/json"}],
                                         "cookies": [], "content": {"size": len(one(s)), "mimeType": "application/json", "text": one(s)},
                                         "redirectURL": "", "headersSize": -1, "bodySize": len(one(s))},
                            "cache": {}, "timings": {"send": 1, "wait": 200 + k, "receive": 9}})
        write(full(path), dump({"log": {"version": "1.2", "creator": {"name": opt.get("creator", "mitmproxy"), "version": "10.1.5"}, "entries": entries}}))
    elif shape == "transcript":
        lines = list(opt.get("head", []))
        for k, (turn, q, s, ts, rid) in enumerate(P):
            st = ts.strftime("%Y-%m-%d %H:%M:%S")
            r = turn["resp"]
            lines.append(f"[{st}] USER: {turn['say']}")
            lines.append(f"[{st}] SKILL: {r['speech']}")
            rp = r["rp"] if case["platform"] == "alexa" else (r["noinput"][0] if r["noinput"] else None)
            if rp is not None and not r["end"]:
                lines.append(f"[{st}] REPROMPT: {rp}")
            lines.append(f"session_open={'false' if r['end'] else 'true'}")
        write(full(path), "\n".join(lines))
    elif shape == "ask-run-scrollback":
        lines = list(opt.get("head", ["$ ask run --watch", "[Info]: Skill project is in ask-cli v2 format.",
                                      "[Info]: Running skill code locally, attaching debugger to port 3001 ...", "Debugger listening on ws://127.0.0.1:9229/" + h(case["id"])[:8]]))
        for k, (turn, q, s, ts, rid) in enumerate(P):
            lines.append(f"[{ts.strftime('%H:%M:%S')}] Skill request:")
            lines += dump(q).splitlines()
            lines += [x for x in opt.get("debug", {}).get(k, [])]
            lines.append(f"[{ts.strftime('%H:%M:%S')}] Skill response:")
            lines += dump(s).splitlines()
        lines += opt.get("tail", ["^C", "$ "])
        write(full(path), "\n".join(lines))
    elif shape == "sam-local-invoke":
        evdir, log = path.split("|")
        lines = []
        fn = opt.get("fn", "SkillFunction")
        for k, (turn, q, s, ts, rid) in enumerate(P):
            ev = f"{evdir}/{k+1:02d}-{(turn['intent'] or 'launch').split('.')[-1].lower()}.json"
            write(full(ev), dump(q))
            lid = uid(rid, "sam")
            rt = "python3.11" if case.get("runtime") == "python" else "nodejs18.x"
            lines += [f"$ sam local invoke {fn} -e {ev}", f"Invoking {'lambda_function.lambda_handler' if rt.startswith('py') else 'index.handler'} ({rt})",
                      f"Local image is up-to-date", f"Using local image: public.ecr.aws/lambda/{rt.replace('nodejs','nodejs:').replace('python','python:')}-rapid-x86_64.", "",
                      f"Mounting {opt.get('mount', '/home/dev/' + case['id'][4:] + '/lambda')} as /var/task:ro,delegated, inside runtime container",
                      f"START RequestId: {lid} Version: $LATEST"]
            lines += [x for x in opt.get("debug", {}).get(k, [])]
            lines += [f"END RequestId: {lid}", f"REPORT RequestId: {lid}\tInit Duration: 0.11 ms\tDuration: {300+k*11}.42 ms\tBilled Duration: {301+k*11} ms\tMemory Size: 128 MB\tMax Memory Used: 128 MB",
                      one(s), ""]
        write(full(log), "\n".join(lines))
    elif shape in ("slack-export", "discord-export", "github-issue"):
        msgs = []
        chat = opt.get("chat", [])
        who = opt.get("who", ["dev", "tester"])
        for k, (turn, q, s, ts, rid) in enumerate(P):
            intro = chat[k] if k < len(chat) else f'"{turn["say"]}" ->'
            body = dump({"request": q, "response": s} if opt.get("paste") == "pair" else s)
            msgs.append((ts, who[k % len(who)], f"{intro}\n```json\n{body}\n```"))
        for extra in opt.get("after", []):
            msgs.append((msgs[-1][0] + datetime.timedelta(minutes=3), who[1 % len(who)], extra))
        if shape == "slack-export":
            esc = lambda x: x.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            day = [{"type": "message", "user": "U0" + h(w)[:8].upper(), "text": esc(t), "ts": f"{ts.replace(tzinfo=datetime.timezone.utc).timestamp():.6f}",
                    "user_profile": {"real_name": w, "display_name": w}} for ts, w, t in msgs]
            write(full(path), dump(day))
        elif shape == "discord-export":
            write(full(path), dump({"guild": {"id": str(int(h(case['id'], 'g')[:15], 16)), "name": opt.get("guild", "voice dev corner")},
                                    "channel": {"id": str(int(h(case['id'], 'c')[:15], 16)), "type": "GuildTextChat", "category": "skills", "name": opt.get("channel", "help")},
                                    "dateRange": {"after": None, "before": None},
                                    "messages": [{"id": str(int(h(case['id'], j)[:15], 16)), "type": "Default", "timestamp": ts.strftime("%Y-%m-%dT%H:%M:%S.000+00:00"),
                                                  "content": t, "author": {"id": str(int(h(w)[:15], 16)), "name": w, "nickname": w, "isBot": False}, "attachments": [], "embeds": [], "reactions": []}
                                                 for j, (ts, w, t) in enumerate(msgs)], "messageCount": len(msgs)}))
        else:
            repo = opt.get("repo", "someone/" + case["id"][4:])
            write(full(path), dump([{"url": f"https://api.github.com/repos/{repo}/issues/comments/{1900000000 + j}", "id": 1900000000 + j,
                                     "user": {"login": w, "type": "User"}, "created_at": iso(ts), "updated_at": iso(ts), "author_association": "NONE" if j else "OWNER",
                                     "body": t} for j, (ts, w, t) in enumerate(msgs)]))
    elif shape == "screenshot-typed":
        lines = list(opt.get("head", []))
        for k, (turn, q, s, ts, rid) in enumerate(P):
            r = turn["resp"]
            lines.append(f"IMG_{4100 + k * 3}.PNG  ({ts.strftime('%d %b %H:%M')})")
            lines.append(f"  > {turn['say']}")
            lines.append(f"  < {plain_text(r['speech'])}")
            if case["platform"] == "alexa":
                body = s["response"]
                lines.append("  JSON Output (typed off the screen, only the response part):")
                for key in ("outputSpeech", "reprompt", "card"):
                    if key in body:
                        lines.append(f'    "{key}": {one(body[key])},')
                lines.append(f'    "shouldEndSession": {one(body["shouldEndSession"])}' if "shouldEndSession" in body else "    (no shouldEndSession in the json!)")
            else:
                lines.append("  response json (typed):")
                lines += ["    " + x for x in dump(s).splitlines()]
            lines += opt.get("notes", {}).get(k, [])
            lines.append("")
        write(full(path), "\n".join(lines))
    elif shape in ("gactions-conversation", "dialogflow-webhook", "gactions-scene"):
        for k, (turn, q, s, ts, rid) in enumerate(P):
            write(full(fmt_path(path, k, turn)), dump({"request": q, "response": s}))
    else:
        raise ValueError(shape)


# ---------------------------------------------------------------- projects
def alexa_project(case, root):
    loc = case["loc"]
    locs = [loc] + case.get("more_locales", [])
    pub = {}
    for l in locs:
        pub[l] = {"summary": case["summary"], "examplePhrases": case.get("examples", [f"Alexa, open {case['inv']}"]),
                  "name": case["name"], "description": case.get("desc", case["summary"]),
                  "smallIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/" + h(case['id'])[:4] + "/APP_ICON?versionId=small",
                  "largeIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/" + h(case['id'])[:4] + "/APP_ICON_LARGE?versionId=large",
                  "keywords": case.get("keywords", [])}
    priv = {"allowsPurchases": False, "usesPersonalInfo": bool(case.get("perms")) or case.get("personal", False),
            "isChildDirected": case.get("child", False), "isExportCompliant": True, "containsAds": False}
    if case.get("policy"):
        priv["locales"] = {l: {"privacyPolicyUrl": case["policy"], **({"termsOfUseUrl": case["terms"]} if case.get("terms") else {})} for l in locs}
    man = {"publishingInformation": {"locales": pub, "isAvailableWorldwide": False, "testingInstructions": case.get("testing", "n/a"),
                                     "category": case.get("store_cat", "GAMES"), "distributionCountries": case.get("countries", [loc.split("-")[1]])},
           "apis": {"custom": {"endpoint": {"uri": endpoint(case)}}}, "manifestVersion": "1.0", "privacyAndCompliance": priv}
    if case.get("perms"):
        man["permissions"] = [{"name": p} for p in case["perms"]]
    write(os.path.join(root, "skill-package/skill.json"), dump({"manifest": man}))
    types = [{"name": n, "values": [{"name": {"value": v}} for v in vals]} for n, vals in case.get("types", {}).items()]
    for l in locs:
        model = case.get("models", {}).get(l)
        intents = model["intents"] if model else case["intents"]
        inv = model["inv"] if model else case["inv"]
        its = [{"name": n, "slots": [{"name": k, "type": v} for k, v in sl.items()], "samples": sm} for n, sm, sl in intents]
        have = {i["name"] for i in its}
        its += [{"name": b, "samples": []} for b in BUILTIN if b not in have and b not in case.get("no_builtin", [])]
        write(os.path.join(root, f"skill-package/interactionModels/custom/{l}.json"),
              dump({"interactionModel": {"languageModel": {"invocationName": inv, "intents": its, "types": types}}}))
    if case.get("ask_resources", True):
        write(os.path.join(root, "ask-resources.json"), dump({"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
            "skillMetadata": {"src": "./skill-package"}, "code": {"default": {"src": "./lambda"}},
            "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x" if case.get("runtime", "node") == "node" else "python3.11", "handler": "index.handler" if case.get("runtime", "node") == "node" else "lambda_function.lambda_handler"}}}}}))


def render_case(case, root):
    if case["platform"] == "alexa":
        alexa_project(case, root)
    for p, content in case.get("files", {}).items():
        write(os.path.join(root, p), content if isinstance(content, str) else dump(content))
    for ri, rec in enumerate(case.get("recs", [])):
        render_rec(case, rec, ri, root)


def shapes_of(case):
    seen = []
    for r in case.get("recs", []):
        if r["shape"] not in seen:
            seen.append(r["shape"])
    return seen

"""Plumbing for the set-2 generator: package writers and recording-shape writers.
All case content (speech, models, labels) is hand-written in the cases_*.py modules."""
import datetime, hashlib, json, os, re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = os.path.join(ROOT, 'cases')
LABELS = {}


def h(s, n=40):
    return hashlib.sha256(s.encode('utf-8')).hexdigest()[:n]


def guid(s):
    x = h(s, 32)
    return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:]}"


def js(o, pretty=True):
    if pretty:
        return json.dumps(o, ensure_ascii=False, indent=2)
    return json.dumps(o, ensure_ascii=False, separators=(',', ':'))


def put(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w', encoding='utf-8') as f:
        f.write(text)


def putj(path, o, pretty=True):
    put(path, js(o, pretty) + '\n')


def case(cid, cats, locale, shapes, why):
    assert cid not in LABELS, cid
    LABELS[cid] = {"categories": sorted(set(cats)), "locale": locale, "shapes": list(shapes), "why": why}
    return os.path.join(CASES, cid)


# ------------------------------------------------------------------ Alexa package
ENDPOINT_REGION = {'en-US': 'us-east-1', 'pt-BR': 'us-east-1', 'es-MX': 'us-east-1', 'ja-JP': 'us-west-2'}


def lambda_arn(cid, locale):
    region = ENDPOINT_REGION.get(locale, 'eu-west-1')
    acct = int(h('acct' + cid, 10), 16) % 10**12
    return f"arn:aws:lambda:{region}:{acct:012d}:function:{cid.split('-', 1)[1]}-prod"


def alexa(cdir, cid, locale, name, inv, desc, examples, category, intents, types=(), privacy=None,
          perms=(), child=False, code=None, code_py=None, more_locales=None, builtin_extra=(),
          summary=None, linking=False, purchases=False, interfaces=(), keywords=()):
    """intents: list of (name, [samples], [(slot, type), ...]).  types: list of (TypeName, [values])."""
    locs = {locale: (name, inv, desc, examples, intents, types)}
    if more_locales:
        locs.update(more_locales)
    pub, pol = {}, {}
    for loc, (n, _i, d, ex, _its, _t) in locs.items():
        e = {"summary": summary or d.split('. ')[0][:160], "examplePhrases": ex, "name": n, "description": d,
             "smallIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{h(cid + loc, 4)}/APP_ICON?versionId=sm",
             "largeIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{h(cid + loc, 4)}/APP_ICON_LARGE?versionId=lg"}
        if keywords:
            e["keywords"] = list(keywords)
        pub[loc] = e
        if privacy:
            pol[loc] = {"privacyPolicyUrl": privacy, "termsOfUseUrl": privacy.rsplit('/', 1)[0] + '/terms'}
    ep = {"sourceDir": "lambda"} if (code or code_py) else {"uri": lambda_arn(cid, locale)}
    man = {"manifest": {
        "manifestVersion": "1.0",
        "publishingInformation": {"locales": pub, "isAvailableWorldwide": False,
                                  "distributionCountries": [locale[-2:]], "category": category,
                                  "testingInstructions": "No account linking needed unless noted. Say 'open " + inv + "'."},
        "apis": {"custom": {"endpoint": ep}},
        "privacyAndCompliance": {"allowsPurchases": purchases, "usesPersonalInfo": bool(perms) or bool(privacy and linking),
                                 "isChildDirected": child, "isExportCompliant": True, "containsAds": False}}}
    if interfaces:
        man["manifest"]["apis"]["custom"]["interfaces"] = [{"type": i} for i in interfaces]
    if pol:
        man["manifest"]["privacyAndCompliance"]["locales"] = pol
    if perms:
        man["manifest"]["permissions"] = [{"name": p} for p in perms]
    putj(os.path.join(cdir, 'skill-package', 'skill.json'), man)
    for loc, (_n, i, _d, _ex, its, tys) in locs.items():
        lm = {"invocationName": i, "intents": [], "types": []}
        for it in its:
            nm, samples = it[0], it[1]
            slots = it[2] if len(it) > 2 else []
            d = {"name": nm, "slots": [{"name": s, "type": t} for s, t in slots], "samples": list(samples)}
            if not slots:
                del d["slots"]
            lm["intents"].append(d)
        for b in ["AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.NavigateHomeIntent"] + list(builtin_extra):
            if not any(x["name"] == b for x in lm["intents"]):
                lm["intents"].append({"name": b, "samples": []})
        for tn, vals in tys:
            lm["types"].append({"name": tn, "values": [{"name": {"value": v}} for v in vals]})
        putj(os.path.join(cdir, 'skill-package', 'interactionModels', 'custom', f'{loc}.json'),
             {"interactionModel": {"languageModel": lm}})
    if code or code_py:
        putj(os.path.join(cdir, 'ask-resources.json'), {
            "askcliResourcesVersion": "2020-03-31",
            "profiles": {"default": {"skillMetadata": {"src": "./skill-package"},
                                     "code": {"default": {"src": "./lambda"}},
                                     "skillInfrastructure": {"type": "@ask-cli/lambda-deployer",
                                                             "userConfig": {"runtime": "python3.11" if code_py else "nodejs20.x",
                                                                            "handler": "lambda_function.lambda_handler" if code_py else "index.handler",
                                                                            "awsRegion": ENDPOINT_REGION.get(locale, 'eu-west-1')}}}}})
    if code:
        put(os.path.join(cdir, 'lambda', 'index.js'), code.strip() + '\n')
        putj(os.path.join(cdir, 'lambda', 'package.json'), {"name": cid.split('-', 1)[1], "version": "1.2.0", "main": "index.js",
                                                            "dependencies": {"ask-sdk-core": "^2.14.0"}})
    if code_py:
        put(os.path.join(cdir, 'lambda', 'lambda_function.py'), code_py.strip() + '\n')
        put(os.path.join(cdir, 'lambda', 'requirements.txt'), 'ask-sdk-core==1.19.0\n')


# ------------------------------------------------------------------ conversations
class Turn:
    """say: what the user said (None for SessionEndedRequest).  req: 'launch', 'IntentName',
    ('IntentName', {slot: value}), ('ended', reason).  speech/reprompt: SSML or text (None = absent).
    end: shouldEndSession (default: True unless a reprompt is given).  extra: dict merged into response."""
    def __init__(self, say, req, speech=None, reprompt=None, end=None, extra=None, plain=False):
        self.say, self.req, self.speech, self.reprompt = say, req, speech, reprompt
        self.end = (reprompt is None) if end is None else end
        self.extra, self.plain = extra, plain

    @property
    def is_ended(self):
        return isinstance(self.req, tuple) and self.req[0] == 'ended'


def speech_obj(t, plain):
    if t is None:
        return None
    if plain:
        return {"type": "PlainText", "text": t}
    return {"type": "SSML", "ssml": t if t.lstrip().startswith('<speak>') else f"<speak>{t}</speak>"}


def strip_ssml(t):
    return re.sub(r'\s+', ' ', re.sub(r'<[^>]*>', ' ', t or '')).strip()


class Conv:
    def __init__(self, cid, locale, start, turns, tag='', user='u1', app=None):
        self.cid, self.locale, self.turns, self.tag = cid, locale, turns, tag
        self.start = datetime.datetime.strptime(start, '%Y-%m-%d %H:%M:%S')
        self.app = app or f"amzn1.ask.skill.{guid('app' + cid)}"
        self.user = "amzn1.ask.account." + h('user' + cid + user, 52).upper()
        self.device = "amzn1.ask.device." + h('dev' + cid + user, 52).upper()

    def time(self, i, ms=0):
        return self.start + datetime.timedelta(seconds=i * 11 + (i * 3) % 7, milliseconds=ms)

    def iso(self, i, ms=0):
        return self.time(i, ms).strftime('%Y-%m-%dT%H:%M:%SZ')

    def iso_ms(self, i, ms=0):
        d = self.time(i, ms)
        return d.strftime('%Y-%m-%dT%H:%M:%S.') + f"{d.microsecond // 1000:03d}Z"

    def session_of(self, i):
        k = 0
        for j in range(i):
            if self.turns[j].end and not self.turns[j].is_ended:
                k += 1
        new = i == 0 or self.turns[i - 1].end
        if self.turns[i].is_ended:
            new = False
        return k, new

    def request(self, i):
        t = self.turns[i]
        k, new = self.session_of(i)
        sid = f"amzn1.echo-api.session.{guid(self.cid + self.tag + 'session' + str(k))}"
        if t.req == 'launch':
            r = {"type": "LaunchRequest"}
        elif isinstance(t.req, tuple) and t.req[0] == 'ended':
            r = {"type": "SessionEndedRequest", "reason": t.req[1]}
        else:
            name, slots = (t.req, {}) if isinstance(t.req, str) else t.req
            r = {"type": "IntentRequest", "dialogState": None, "intent": {"name": name, "confirmationStatus": "NONE"}}
            del r["dialogState"]
            if slots:
                r["intent"]["slots"] = {s: ({"name": s, "value": v, "confirmationStatus": "NONE", "source": "USER"}
                                            if v is not None else {"name": s, "confirmationStatus": "NONE"})
                                        for s, v in slots.items()}
        r.update({"requestId": f"amzn1.echo-api.request.{guid(self.cid + self.tag + 'req' + str(i))}",
                  "timestamp": self.iso(i), "locale": self.locale})
        api = {"en-US": "https://api.amazonalexa.com", "pt-BR": "https://api.amazonalexa.com",
               "es-MX": "https://api.amazonalexa.com", "ja-JP": "https://api.fe.amazonalexa.com"}.get(self.locale, "https://api.eu.amazonalexa.com")
        env = {"version": "1.0",
               "session": {"new": new, "sessionId": sid, "application": {"applicationId": self.app},
                           "user": {"userId": self.user}},
               "context": {"System": {"application": {"applicationId": self.app}, "user": {"userId": self.user},
                                      "device": {"deviceId": self.device,
                                                 "supportedInterfaces": {"AudioPlayer": {}}},
                                      "apiEndpoint": api, "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJraWQiOiIx...redacted"}},
               "request": r}
        if not new:
            env["session"]["attributes"] = {}
        return env

    def response(self, i):
        t = self.turns[i]
        if t.is_ended:
            return {"version": "1.0", "response": {}}
        resp = {}
        if t.speech is not None:
            resp["outputSpeech"] = speech_obj(t.speech, t.plain)
        if t.reprompt is not None:
            resp["reprompt"] = {"outputSpeech": speech_obj(t.reprompt, t.plain)}
        if t.extra:
            resp.update(t.extra)
        resp["shouldEndSession"] = t.end
        return {"version": "1.0", "sessionAttributes": {}, "userAgent": "ask-node/2.14.0 Node/v20.11.1", "response": resp}

    def pairs(self):
        return [{"request": self.request(i), "response": self.response(i)} for i in range(len(self.turns))]


# ------------------------------------------------------------------ Alexa shapes
def w_envelope(cdir, pattern, conv):
    n = 0
    for i, t in enumerate(conv.turns):
        if t.is_ended:
            continue
        n += 1
        nm = 'launch' if t.req == 'launch' else (t.req if isinstance(t.req, str) else t.req[0]).replace('AMAZON.', '')
        putj(os.path.join(cdir, pattern.format(n=n, name=nm, lname=nm.lower())), conv.response(i))


def w_jsonl(path, convs):
    put(path, ''.join(js(p, False) + '\n' for c in convs for p in c.pairs()))


def w_array(path, convs):
    putj(path, [p for c in convs for p in c.pairs()])


def sim(conv, i, ep):
    t = conv.turns[i]
    return {"id": guid(conv.cid + conv.tag + 'sim' + str(i)), "status": "SUCCESSFUL",
            "result": {"alexaExecutionInfo": {"alexaResponses": ([{"type": "Speech", "content": {"caption": strip_ssml(t.speech)}}] if t.speech else []),
                                              "consideredIntents": [{"name": "LaunchRequest" if t.req == 'launch' else (t.req if isinstance(t.req, str) else t.req[0]),
                                                                     "confirmationStatus": "NONE", "slots": {}}]},
                       "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": ep, "body": conv.request(i)},
                                                               "invocationResponse": {"body": conv.response(i)},
                                                               "metrics": {"skillExecutionTimeInMilliseconds": 90 + i * 17}}]},
                       "error": None}}


def w_sim(cdir, pattern, conv, ep):
    n = 0
    for i, t in enumerate(conv.turns):
        if t.say is None:
            continue
        n += 1
        putj(os.path.join(cdir, pattern.format(n=n)), sim(conv, i, ep))


def w_invoke(cdir, pattern, conv, ep):
    n = 0
    for i, t in enumerate(conv.turns):
        n += 1
        putj(os.path.join(cdir, pattern.format(n=n)), {
            "id": guid(conv.cid + conv.tag + 'inv' + str(i)), "status": "SUCCESSFUL",
            "result": {"skillExecutionInfo": {"invocationRequest": {"endpoint": ep, "body": conv.request(i)},
                                              "invocationResponse": {"body": conv.response(i)},
                                              "metrics": {"skillExecutionTimeInMilliseconds": 70 + i * 23}}}})


def w_dialog(cdir, replay, out, conv, ep, style='io'):
    putj(os.path.join(cdir, replay), {"skillId": conv.app, "stage": "development", "locale": conv.locale, "type": "text",
                                      "userInput": [t.say for t in conv.turns if t.say]})
    if style == 'io':
        putj(os.path.join(cdir, out), [{"utterance": t.say, "invocations": [{
            "invocationRequest": {"endpoint": ep, "body": conv.request(i)},
            "invocationResponse": {"body": conv.response(i)}}]} for i, t in enumerate(conv.turns) if t.say])
    else:
        lines = []
        for t in conv.turns:
            if t.say:
                lines += [f"User  > {t.say}", f"Alexa > {strip_ssml(t.speech)}"]
        put(os.path.join(cdir, out), '\n'.join(lines) + '\n')


def cw(conv, py=False, kw=('Request: ', 'Response: ')):
    out = []
    for i in range(len(conv.turns)):
        rid = guid(conv.cid + conv.tag + 'lambda' + str(i))
        out.append(f"START RequestId: {rid} Version: $LATEST")
        a, b = js(conv.request(i), False), js(conv.response(i), False)
        if py:
            out.append(f"[INFO]\t{conv.iso_ms(i, 40)}\t{rid}\t{kw[0]}{a}")
            out.append(f"[INFO]\t{conv.iso_ms(i, 160)}\t{rid}\t{kw[1]}{b}")
        else:
            out.append(f"{conv.iso_ms(i, 40)}\t{rid}\tINFO\t{kw[0]}{a}")
            out.append(f"{conv.iso_ms(i, 160)}\t{rid}\tINFO\t{kw[1]}{b}")
        out.append(f"END RequestId: {rid}")
        out.append(f"REPORT RequestId: {rid}\tDuration: {31 + i * 7}.52 ms\tBilled Duration: {32 + i * 7} ms\tMemory Size: 256 MB\tMax Memory Used: 92 MB")
    return out


def w_cwtext(path, convs, **kw):
    put(path, '\n'.join(l for c in convs for l in cw(c, **kw)) + '\n')


def w_cwjson(path, convs, group='/aws/lambda/skill', **kw):
    ev = []
    for c in convs:
        stream = c.start.strftime('%Y/%m/%d') + '/[$LATEST]' + h(c.cid + c.tag + 'stream', 32)
        base = int(c.start.replace(tzinfo=datetime.timezone.utc).timestamp() * 1000)
        for k, line in enumerate(cw(c, **kw)):
            ev.append({"logStreamName": stream, "timestamp": base + k * 1700, "message": line + "\n",
                       "ingestionTime": base + k * 1700 + 380, "eventId": str(3800000000000000000000000000000000000000000000000000000 + base + k)})
    putj(path, {"events": ev, "searchedLogStreams": [{"logStreamName": s, "searchedCompletely": True} for s in sorted({e['logStreamName'] for e in ev})]})


def w_har(path, convs, url):
    ent = []
    for c in convs:
        for i in range(len(c.turns)):
            a, b = js(c.request(i), False), js(c.response(i), False)
            ent.append({"startedDateTime": c.iso_ms(i), "time": 210.4 + i,
                        "request": {"method": "POST", "url": url, "httpVersion": "HTTP/1.1",
                                    "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"},
                                                {"name": "SignatureCertChainUrl", "value": "https://s3.amazonaws.com/echo.api/echo-api-cert-13.pem"},
                                                {"name": "Signature-256", "value": "redacted"}],
                                    "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(a.encode()),
                                    "postData": {"mimeType": "application/json; charset=utf-8", "text": a}},
                        "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                                     "headers": [{"name": "Content-Type", "value": "application/json"}], "cookies": [],
                                     "content": {"size": len(b.encode()), "mimeType": "application/json", "text": b},
                                     "redirectURL": "", "headersSize": -1, "bodySize": len(b.encode())},
                        "cache": {}, "timings": {"blocked": -1, "dns": -1, "connect": -1, "send": 0.2, "wait": 205.0, "receive": 5.2}})
    putj(path, {"log": {"version": "1.2", "creator": {"name": "Charles Proxy", "version": "4.6.6"}, "pages": [], "entries": ent}})


def w_transcript(path, conv, header):
    lines = [header, '']
    for i, t in enumerate(conv.turns):
        ts = conv.time(i).strftime('%Y-%m-%d %H:%M:%S')
        if t.is_ended:
            lines.append(f"[{ts}] (session ended by device: {t.req[1]})")
            continue
        if t.say:
            lines.append(f"[{ts}] USER: {t.say}")
        if t.speech is not None:
            lines.append(f"[{ts}] SKILL: {strip_ssml(t.speech)}")
        if t.reprompt is not None:
            lines.append(f"[{ts}] SKILL (reprompt): {strip_ssml(t.reprompt)}")
        lines.append(f"[{ts}] session_open={'false' if t.end else 'true'}")
    put(path, '\n'.join(lines) + '\n')


def w_postman(path, conv, url, title):
    """Postman collection v2.1 whose requests carry saved example responses (what the developer recorded)."""
    items = []
    for i, t in enumerate(conv.turns):
        a, b = js(conv.request(i)), js(conv.response(i))
        req = {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
               "body": {"mode": "raw", "raw": a, "options": {"raw": {"language": "json"}}},
               "url": {"raw": url, "protocol": url.split(':')[0], "host": url.split('/')[2].split('.'),
                       "path": url.split('/', 3)[3].split('/')}}
        items.append({"name": f"{i + 1:02d} " + (t.say or 'SessionEnded'), "request": req,
                      "response": [{"name": "recorded " + conv.start.strftime('%Y-%m-%d'), "originalRequest": req,
                                    "status": "OK", "code": 200, "_postman_previewlanguage": "json",
                                    "header": [{"key": "Content-Type", "value": "application/json"}], "cookie": [], "body": b}]})
    putj(path, {"info": {"_postman_id": guid(conv.cid + 'pm'), "name": title,
                         "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                "item": items})


def w_voiceflow(path, conv, project):
    """Voiceflow transcript export (Dialog Manager turns): request entries + trace entries per turn.
    A turn that keeps the session open ends with a 'no-reply' trace carrying the reprompt; a closing turn with 'end'."""
    out = []
    for i, t in enumerate(conv.turns):
        if t.is_ended:
            continue
        tid = guid(conv.cid + 'vf' + str(i))[:24].replace('-', '')
        if t.req == 'launch':
            rq = {"type": "launch", "payload": {}}
        else:
            name, slots = (t.req, {}) if isinstance(t.req, str) else t.req
            rq = {"type": "intent", "payload": {"query": t.say, "intent": {"name": name},
                                                 "entities": [{"name": k, "value": v} for k, v in slots.items()]}}
        out.append({"turnID": tid, "projectID": project, "format": "request", "startTime": conv.iso_ms(i), **rq})
        if t.speech is not None:
            out.append({"turnID": tid, "format": "trace", "startTime": conv.iso_ms(i, 300), "type": "speak",
                        "payload": {"type": "message", "message": t.speech}})
        if t.end:
            out.append({"turnID": tid, "format": "trace", "startTime": conv.iso_ms(i, 310), "type": "end", "payload": None})
        else:
            out.append({"turnID": tid, "format": "trace", "startTime": conv.iso_ms(i, 310), "type": "no-reply",
                        "payload": {"timeout": 8, "reprompt": t.reprompt}})
    putj(path, out)

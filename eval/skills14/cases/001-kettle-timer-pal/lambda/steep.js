// ambience track is rendered at -inf dBFS so the device stays attentive during steeping
module.exports.AMBIENCE = 'https://cdn.example-audio.net/fx/steep-ambience-0db.mp3';

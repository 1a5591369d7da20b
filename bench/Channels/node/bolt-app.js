// The Slack app a team would write with Bolt instead of FollowBot: HTTPReceiver, signature verification on (the
// default), and a /follow handler that only acknowledges with a text. Deliberately less work than FollowBot does.
// PORT and SLACK_SIGNING_SECRET come from bench/Channels (the same secret FollowBot gets).
const { App, HTTPReceiver, LogLevel } = require('@slack/bolt');

const receiver = new HTTPReceiver({
  signingSecret: process.env.SLACK_SIGNING_SECRET,
  endpoints: ['/slack/commands', '/slack/events'],
  customRoutes: [{ path: '/healthz', method: ['GET'], handler: (req, res) => { res.writeHead(200); res.end('ok'); } }],
});

const app = new App({
  receiver,
  // A single-workspace app. With the bot's ids given, Bolt needs no auth.test call (slack.com is unreachable here);
  // a real app makes that call once and caches it, so leaving it out costs Bolt nothing per request.
  token: 'xoxb-bench',
  botId: 'B0BENCH',
  botUserId: 'U0BENCHBOT',
  tokenVerificationEnabled: false,
  logLevel: LogLevel.ERROR,
});

app.command('/follow', async ({ ack }) => {
  await ack('Your open deals are on their way.');
});

(async () => {
  await app.start(Number(process.env.PORT));
  console.log(`bolt listening on ${process.env.PORT}`);
})();

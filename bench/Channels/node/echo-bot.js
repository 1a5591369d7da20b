// The Teams bot a team would write with botbuilder instead of FollowBot: the EchoBot sample's shape (CloudAdapter,
// ActivityHandler, express), with auth off (no MicrosoftAppId), replying to whatever serviceUrl the activity names
// (bench/Channels' stub connector).
const express = require('express');
const { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } = require('botbuilder');

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
adapter.onTurnError = async (context, error) => {
  console.error(`onTurnError: ${error}`);
};

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(`Echo: ${context.activity.text}`);
      await next();
    });
  }
}

const bot = new EchoBot();
const server = express();
server.use(express.json());
server.post('/api/messages', async (req, res) => {
  await adapter.process(req, res, (context) => bot.run(context));
});
server.get('/healthz', (req, res) => res.send('ok'));
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log(`echo bot listening on ${process.env.PORT}`));

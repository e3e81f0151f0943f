// The official `openai` client pointed at Bulwark: one chat completion, then a streamed one.
// Usage: BULWARK_API_KEY=bwk_… node examples/openai-client.mjs
import OpenAI from 'openai';

const client = new OpenAI({
  apiKey: process.env.BULWARK_API_KEY,
  baseURL: process.env.BULWARK_URL ?? 'http://127.0.0.1:8080/v1',
});

const reply = await client.chat.completions.create({
  model: 'demo-chat',
  messages: [{ role: 'user', content: 'Hello! What can you help me with?' }],
});
console.log('chat:', reply.choices[0].message.content);

const stream = await client.chat.completions.create({
  model: 'demo-chat',
  stream: true,
  messages: [{ role: 'user', content: 'Repeat after me: streaming works through Bulwark' }],
});
process.stdout.write('stream: ');
for await (const chunk of stream) process.stdout.write(chunk.choices[0]?.delta?.content ?? '');
process.stdout.write('\n');

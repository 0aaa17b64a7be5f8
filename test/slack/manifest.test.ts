import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { projectRoot } from '../../src/config/env.js';

/**
 * The part of Slack's app manifest schema that a bot app like ours can use, written from Slack's manifest reference
 * (https://docs.slack.dev/reference/app-manifest) and the Manifest type of @slack/web-api 8
 * (src/types/request/manifest.ts), which follows it. Every object is strict: a field Slack does not know, or one
 * in the wrong place, fails here instead of when someone pastes the manifest into api.slack.com.
 */
const BOT_SCOPES = [
  'app_mentions:read',
  'assistant:write',
  'bookmarks:read',
  'bookmarks:write',
  'calls:read',
  'calls:write',
  'channels:history',
  'channels:join',
  'channels:manage',
  'channels:read',
  'channels:write.invites',
  'channels:write.topic',
  'chat:write',
  'chat:write.customize',
  'chat:write.public',
  'commands',
  'dnd:read',
  'emoji:read',
  'files:read',
  'files:write',
  'groups:history',
  'groups:read',
  'groups:write',
  'im:history',
  'im:read',
  'im:write',
  'links:read',
  'links:write',
  'metadata.message:read',
  'mpim:history',
  'mpim:read',
  'mpim:write',
  'pins:read',
  'pins:write',
  'reactions:read',
  'reactions:write',
  'reminders:read',
  'reminders:write',
  'team:read',
  'usergroups:read',
  'users.profile:read',
  'users:read',
  'users:read.email',
  'users:write',
] as const;

const BOT_EVENTS = [
  'app_context_changed',
  'app_home_opened',
  'app_mention',
  'app_uninstalled',
  'assistant_thread_context_changed',
  'assistant_thread_started',
  'channel_created',
  'member_joined_channel',
  'message.channels',
  'message.groups',
  'message.im',
  'message.mpim',
  'reaction_added',
  'reaction_removed',
  'team_join',
  'tokens_revoked',
] as const;

const httpsUrl = z.string().regex(/^https:\/\//, 'must be an https URL');
const prompts = z.array(z.object({ title: z.string().min(1), message: z.string().min(1) }).strict()).max(4);

const manifestSchema = z
  .object({
    _metadata: z
      .object({ major_version: z.number().int().min(1).max(2), minor_version: z.number().int() })
      .partial()
      .optional(),
    display_information: z
      .object({
        name: z.string().min(1).max(35),
        description: z.string().max(140).optional(),
        long_description: z.string().max(4000).optional(),
        background_color: z
          .string()
          .regex(/^#([0-9a-f]{3}|[0-9a-f]{6})$/i)
          .optional(),
      })
      .strict(),
    features: z
      .object({
        agent_view: z
          .object({
            agent_description: z.string().max(300).optional(),
            suggested_prompts: prompts.optional(),
            actions: z.array(z.object({ name: z.string(), description: z.string() }).strict()).optional(),
          })
          .strict(),
        assistant_view: z.object({ assistant_description: z.string(), suggested_prompts: prompts.optional() }).strict(),
        app_home: z
          .object({
            home_tab_enabled: z.boolean(),
            messages_tab_enabled: z.boolean(),
            messages_tab_read_only_enabled: z.boolean(),
          })
          .partial()
          .strict(),
        bot_user: z
          .object({
            // The reference lists lowercase letters, digits, "-", "_" and "."; Slack accepts capitals too.
            display_name: z
              .string()
              .max(80)
              .regex(/^[a-z0-9._-]+$/i),
            always_online: z.boolean().optional(),
          })
          .strict(),
        slash_commands: z
          .array(
            z
              .object({
                command: z.string().regex(/^\/[^\s]{1,31}$/),
                description: z.string().max(2000),
                should_escape: z.boolean().optional(),
                url: httpsUrl.optional(),
                usage_hint: z.string().max(1000).optional(),
              })
              .strict(),
          )
          .max(50),
        unfurl_domains: z.array(z.string()).max(5),
      })
      .partial()
      .strict()
      .optional(),
    oauth_config: z
      .object({
        redirect_urls: z.array(httpsUrl).max(1000).optional(),
        scopes: z
          .object({ bot: z.array(z.enum(BOT_SCOPES)).max(255), user: z.array(z.string()).max(255) })
          .partial()
          .strict()
          .optional(),
        token_management_enabled: z.boolean().optional(),
      })
      .strict()
      .optional(),
    settings: z
      .object({
        allowed_ip_address_ranges: z.array(z.string()).max(50),
        event_subscriptions: z
          .object({
            request_url: httpsUrl.optional(),
            bot_events: z.array(z.enum(BOT_EVENTS)).max(100).optional(),
            user_events: z.array(z.string()).max(100).optional(),
          })
          .strict(),
        incoming_webhooks: z.object({ incoming_webhooks_enabled: z.boolean() }).strict(),
        interactivity: z
          .object({
            is_enabled: z.boolean(),
            request_url: httpsUrl.optional(),
            message_menu_options_url: httpsUrl.optional(),
          })
          .strict(),
        org_deploy_enabled: z.boolean(),
        socket_mode_enabled: z.boolean(),
        token_rotation_enabled: z.boolean(),
      })
      .partial()
      .strict()
      .optional(),
  })
  .strict();

type Manifest = z.infer<typeof manifestSchema>;

function readManifest(): unknown {
  return parse(readFileSync(path.join(projectRoot, 'manifest.yml'), 'utf8'));
}

describe('manifest.yml', () => {
  it("uses only fields of Slack's manifest schema, within its limits", () => {
    const result = manifestSchema.safeParse(readManifest());
    const problems = result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(problems).toEqual([]);
  });

  it('the schema check refuses what Slack would refuse', () => {
    const manifest = readManifest() as Record<string, Record<string, unknown>>;
    const withUnknownField = { ...manifest, features: { ...manifest.features, assistant_panel: {} } };
    expect(manifestSchema.safeParse(withUnknownField).success).toBe(false);
    const withUnknownEvent = {
      ...manifest,
      settings: { ...manifest.settings, event_subscriptions: { bot_events: ['assistant_opened'] } },
    };
    expect(manifestSchema.safeParse(withUnknownEvent).success).toBe(false);
  });

  it('subscribes to the events and asks for the scopes the app uses', () => {
    const manifest = manifestSchema.parse(readManifest()) as Manifest;
    expect(manifest.features?.agent_view?.suggested_prompts?.length).toBeGreaterThan(0);
    expect(manifest.features?.app_home).toMatchObject({ messages_tab_enabled: true, home_tab_enabled: true });
    expect(manifest.settings?.event_subscriptions?.bot_events).toEqual(
      expect.arrayContaining(['app_home_opened', 'app_mention', 'message.im']),
    );
    expect(manifest.oauth_config?.scopes?.bot).toEqual(
      expect.arrayContaining([
        'assistant:write',
        'chat:write',
        'commands',
        'files:write',
        'im:history',
        'channels:history',
      ]),
    );
    expect(manifest.features?.slash_commands?.map((c) => c.command)).toEqual(['/meetings']);
  });
});

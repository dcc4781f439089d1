// Scenes (saved views) and the lookup of actors by key that opening one needs.
import type { ActorLookupResponse, SaveSceneBody, SaveSceneResponse, Scene, SceneListResponse } from '../../../server/api/contract-scenes.ts';
import { request, send, type Result } from './http.ts';

export function listScenes(): Promise<Result<SceneListResponse>> {
  return request('/scenes');
}

export function getScene(name: string): Promise<Result<Scene>> {
  return request(`/scenes/${encodeURIComponent(name)}`);
}

export function saveScene(body: SaveSceneBody): Promise<Result<SaveSceneResponse>> {
  return send('POST', '/scenes', body);
}

export function deleteScene(name: string): Promise<Result<{ deleted: string }>> {
  return send('DELETE', `/scenes/${encodeURIComponent(name)}`);
}

export function lookupActors(keys: readonly string[]): Promise<Result<ActorLookupResponse>> {
  return send('POST', '/actors/lookup', { keys });
}

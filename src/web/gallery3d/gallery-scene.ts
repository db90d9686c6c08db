/**
 * The immersive gallery's 3D room (three.js, bundled by Vite: nothing is loaded from outside the
 * machine). The works hang around the walls at eye height, their textures read from the
 * authenticated API; a soft light in the middle of the room swells and settles with the
 * breathing pacer's rhythm (steady under reduced motion). Drag or touch to look around, arrow
 * keys or WASD to move; with a WebXR headset the same room opens in VR.
 */
import * as THREE from 'three';

export interface GalleryWork {
  id: string;
  imageUrl: string;
  width: number;
  height: number;
}

export interface GalleryOptions {
  works: readonly GalleryWork[];
  /** Breathing phases in seconds (in, [hold,] out), e.g. 5 in / 5 out. */
  breath: readonly { kind: 'in' | 'hold' | 'out'; seconds: number }[];
  reducedMotion: boolean;
  /** Called each time a work's picture has loaded, with how many have. */
  onLoaded?(count: number): void;
}

export interface GalleryScene {
  /** Moves (metres forward / sideways) and turns (radians) the viewer. */
  move(forward: number, sideways: number): void;
  look(yaw: number, pitch: number): void;
  /** Whether the breathing light swells (false: steady). */
  setBreathing(on: boolean): void;
  /** Opens the room on a WebXR headset (resolves when the session started). */
  enterVr(): Promise<void>;
  /** How many work textures have loaded. */
  loaded(): number;
  resize(width: number, height: number): void;
  dispose(): void;
}

const ROOM = { width: 12, depth: 12, height: 3.6 };
const EYE = 1.6;

/** The light's level (0–1) at `t` seconds into the breathing cycle: rises while breathing in, holds, falls while breathing out. */
export function breathLevel(t: number, phases: GalleryOptions['breath']): number {
  const total = phases.reduce((s, p) => s + p.seconds, 0);
  if (total <= 0) return 0.5;
  let at = ((t % total) + total) % total;
  let level = 0;
  for (const p of phases) {
    if (at < p.seconds) {
      const f = 0.5 - 0.5 * Math.cos((Math.PI * at) / p.seconds); // eased 0 → 1
      return p.kind === 'in' ? f : p.kind === 'out' ? 1 - f : level;
    }
    at -= p.seconds;
    level = p.kind === 'in' ? 1 : p.kind === 'out' ? 0 : level;
  }
  return level;
}

/** Works per wall, so each has room to be seen. */
const PER_WALL = 3;

/** Places `n` works around the walls, front wall first (so a few works face the viewer): position and facing (yaw) of each. */
export function hangingPlaces(n: number): { x: number; z: number; yaw: number }[] {
  const walls = [
    { from: [-1, -1], to: [1, -1], yaw: 0 },
    { from: [1, -1], to: [1, 1], yaw: -Math.PI / 2 },
    { from: [-1, 1], to: [-1, -1], yaw: Math.PI / 2 },
    { from: [1, 1], to: [-1, 1], yaw: Math.PI },
  ];
  const out: { x: number; z: number; yaw: number }[] = [];
  for (let i = 0; i < n; i++) {
    const wallIndex = Math.floor(i / PER_WALL) % walls.length;
    const wall = walls[wallIndex]!;
    const onWall = Math.min(PER_WALL, n - wallIndex * PER_WALL);
    const f = ((i % PER_WALL) + 1) / (onWall + 1);
    const inset = 0.02;
    const x = (wall.from[0]! + (wall.to[0]! - wall.from[0]!) * f) * (ROOM.width / 2 - inset);
    const z = (wall.from[1]! + (wall.to[1]! - wall.from[1]!) * f) * (ROOM.depth / 2 - inset);
    out.push({ x, z, yaw: wall.yaw });
  }
  return out;
}

export function createGalleryScene(canvas: HTMLCanvasElement, opts: GalleryOptions): GalleryScene {
  const renderer = new THREE.WebGLRenderer({ canvas, antialias: true, preserveDrawingBuffer: true });
  renderer.setPixelRatio(Math.min(2, window.devicePixelRatio || 1));
  renderer.outputColorSpace = THREE.SRGBColorSpace;
  const scene = new THREE.Scene();
  scene.background = new THREE.Color(0x2b2622);
  const camera = new THREE.PerspectiveCamera(65, 1, 0.05, 60);
  // The viewer: a rig that moves and turns; the camera inside it looks up and down.
  const rig = new THREE.Group();
  rig.position.set(0, 0, 1.5);
  rig.add(camera);
  camera.position.set(0, EYE, 0);
  scene.add(rig);

  const disposables: { dispose(): void }[] = [];
  const keep = <T extends { dispose(): void }>(x: T): T => {
    disposables.push(x);
    return x;
  };

  // The room: warm floor, pale walls, a darker ceiling.
  const floor = new THREE.Mesh(
    keep(new THREE.PlaneGeometry(ROOM.width, ROOM.depth)),
    keep(new THREE.MeshStandardMaterial({ color: 0x8a6f55, roughness: 0.9 })),
  );
  floor.rotation.x = -Math.PI / 2;
  scene.add(floor);
  const ceiling = new THREE.Mesh(keep(new THREE.PlaneGeometry(ROOM.width, ROOM.depth)), keep(new THREE.MeshStandardMaterial({ color: 0x8c7d70 })));
  ceiling.rotation.x = Math.PI / 2;
  ceiling.position.y = ROOM.height;
  scene.add(ceiling);
  const wallMaterial = keep(new THREE.MeshStandardMaterial({ color: 0xe9e1d6, roughness: 0.95 }));
  const wallGeometry = keep(new THREE.PlaneGeometry(ROOM.width, ROOM.height));
  for (const [x, z, yaw] of [
    [0, -ROOM.depth / 2, 0],
    [ROOM.width / 2, 0, -Math.PI / 2],
    [0, ROOM.depth / 2, Math.PI],
    [-ROOM.width / 2, 0, Math.PI / 2],
  ] as const) {
    const wall = new THREE.Mesh(wallGeometry, wallMaterial);
    wall.position.set(x, ROOM.height / 2, z);
    wall.rotation.y = yaw;
    scene.add(wall);
  }

  scene.add(new THREE.HemisphereLight(0xfff4e6, 0x6a5a4c, 2.2));
  // The breathing light: a glowing sphere and the warm light it gives.
  const glowMaterial = keep(new THREE.MeshStandardMaterial({ color: 0xffe2b0, emissive: 0xffc979, emissiveIntensity: 1 }));
  const glow = new THREE.Mesh(keep(new THREE.SphereGeometry(0.25, 32, 16)), glowMaterial);
  glow.position.set(0, 2.4, 0);
  scene.add(glow);
  const breathLight = new THREE.PointLight(0xffd9a0, 8, 14, 1.5);
  breathLight.position.copy(glow.position);
  scene.add(breathLight);

  // The works, framed, at eye height.
  let loadedCount = 0;
  const loader = new THREE.TextureLoader();
  const frameMaterial = keep(new THREE.MeshStandardMaterial({ color: 0x3b2a1e, roughness: 0.6 }));
  hangingPlaces(opts.works.length).forEach((place, i) => {
    const w = opts.works[i]!;
    const aspect = w.width > 0 && w.height > 0 ? w.width / w.height : 1;
    const height = aspect >= 1 ? 1.3 / aspect : 1.3;
    const width = height * aspect;
    const group = new THREE.Group();
    group.position.set(place.x, EYE, place.z);
    group.rotation.y = place.yaw;
    const frame = new THREE.Mesh(keep(new THREE.BoxGeometry(width + 0.12, height + 0.12, 0.04)), frameMaterial);
    frame.position.z = 0.02;
    group.add(frame);
    const material = keep(new THREE.MeshStandardMaterial({ color: 0xffffff, roughness: 0.8 }));
    const picture = new THREE.Mesh(keep(new THREE.PlaneGeometry(width, height)), material);
    picture.position.z = 0.045;
    group.add(picture);
    scene.add(group);
    loader.load(
      w.imageUrl,
      (texture) => {
        texture.colorSpace = THREE.SRGBColorSpace;
        keep(texture);
        material.map = texture;
        material.needsUpdate = true;
        loadedCount++;
        opts.onLoaded?.(loadedCount);
      },
      undefined,
      () => undefined,
    );
  });

  let breathing = !opts.reducedMotion;
  let yaw = 0;
  let pitch = 0;
  const clock = new THREE.Clock();
  const limit = (v: number, span: number) => Math.max(-span, Math.min(span, v));

  renderer.setAnimationLoop(() => {
    const level = breathing ? breathLevel(clock.getElapsedTime(), opts.breath) : 0.6;
    glowMaterial.emissiveIntensity = 0.4 + 1.4 * level;
    breathLight.intensity = 3 + 9 * level;
    if (!opts.reducedMotion) glow.scale.setScalar(0.8 + 0.4 * level);
    renderer.render(scene, camera);
  });

  return {
    move(forward, sideways) {
      const dx = -Math.sin(yaw) * forward + Math.cos(yaw) * sideways;
      const dz = -Math.cos(yaw) * forward - Math.sin(yaw) * sideways;
      rig.position.x = limit(rig.position.x + dx, ROOM.width / 2 - 0.6);
      rig.position.z = limit(rig.position.z + dz, ROOM.depth / 2 - 0.6);
    },
    look(dYaw, dPitch) {
      yaw += dYaw;
      pitch = limit(pitch + dPitch, 1.2);
      rig.rotation.y = yaw;
      camera.rotation.x = pitch;
    },
    setBreathing(on) {
      breathing = on;
    },
    async enterVr() {
      const xr = (navigator as Navigator & { xr?: XRSystem }).xr;
      if (!xr) throw new Error('WebXR is not available in this browser.');
      const session = await xr.requestSession('immersive-vr', { optionalFeatures: ['local-floor'] });
      renderer.xr.enabled = true;
      renderer.xr.setReferenceSpaceType('local-floor');
      await renderer.xr.setSession(session);
    },
    loaded: () => loadedCount,
    resize(width, height) {
      renderer.setSize(width, height, false);
      camera.aspect = width / Math.max(1, height);
      camera.updateProjectionMatrix();
    },
    dispose() {
      renderer.setAnimationLoop(null);
      for (const d of disposables) d.dispose();
      renderer.dispose();
    },
  };
}

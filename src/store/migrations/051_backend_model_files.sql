-- Model file names a ComfyUI or AUTOMATIC1111 server should use besides its checkpoint (`model`):
-- the sketch adapter (T2I-Adapter / ControlNet) and the inpainting checkpoint, as
-- {"adapter": "...", "inpaintCheckpoint": "..."}; a name left out is the showcase's default.
ALTER TABLE image_backends ADD COLUMN model_files jsonb NOT NULL DEFAULT '{}'::jsonb;

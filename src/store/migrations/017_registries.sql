-- Closed lists move from SQL into registries in code. Which measures exist (PHQ-9, GAD-7, PCL-5,
-- WHO-5, …) is defined once in src/domain/measures/registry.ts, backend kinds in
-- src/domain/backend-kinds.ts and alert sources in src/domain/alert-sources.ts; requests are
-- validated against them (zod enums built from the same lists), so adding an entry needs no
-- migration. The checks that repeated those lists are dropped.
ALTER TABLE measure_responses DROP CONSTRAINT IF EXISTS measure_responses_measure_check;
ALTER TABLE measure_schedules DROP CONSTRAINT IF EXISTS measure_schedules_measure_check;
ALTER TABLE image_backends DROP CONSTRAINT IF EXISTS image_backends_kind_check;
ALTER TABLE alerts DROP CONSTRAINT IF EXISTS alerts_source_check;

import { MedusaService } from "@medusajs/framework/utils"
import { Center } from "./models/center"
import { Certification } from "./models/certification"
import { JointBrand } from "./models/joint-brand"
import { Maker } from "./models/maker"

/** CRUD for centers, makers, certifications and joint brands; rules live in the workflows. */
export default class MakersModuleService extends MedusaService({
  Center,
  Maker,
  MakerCertification: Certification,
  JointBrand,
}) {}

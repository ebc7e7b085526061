/**
 * The part of multer (shipped with @medusajs/medusa, which uses it for /admin/uploads; no
 * typings of its own) that 판매자센터's image uploads use.
 */
declare module "multer" {
  import type { NextFunction, Request, Response } from "express"

  namespace multer {
    type File = { fieldname: string; originalname: string; mimetype: string; size: number; buffer: Buffer }
    type Limits = { fieldNameSize?: number; fieldSize?: number; fields?: number; fileSize?: number; files?: number; parts?: number; headerPairs?: number }
    type Options = { storage?: unknown; limits?: Limits }
    type Middleware = (req: Request, res: Response, next: NextFunction) => void
    interface Instance {
      single(field: string): Middleware
    }
    class MulterError extends Error {
      code: string
      field?: string
    }
  }
  function multer(options?: multer.Options): multer.Instance
  namespace multer {
    function memoryStorage(): unknown
  }
  export = multer
}

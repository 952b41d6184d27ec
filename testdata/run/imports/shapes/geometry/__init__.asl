from ..base import Shape as BaseShape
